/// Monthly standards the demo applies, in fen (Zibo 2023 figures where published; the rest are
/// plausible Shandong values, documented in the README so nobody mistakes them for policy).
enum BenefitStandards {
    /// 低保 standard per person per month: urban 924, rural 801 yuan (淄博 2023).
    static func dibao(urban: Bool) -> Int64 { urban ? 92_400 : 80_100 }

    /// 特困 basic living standard: 1.3 × the 低保 standard, rounded up to the yuan.
    static func tekunBasic(urban: Bool) -> Int64 { (dibao(urban: urban) * 13 / 10 + 99) / 100 * 100 }

    /// 特困 care standard by self-care level (全自理 / 部分失能 / 完全失能): 10 %, 30 %, 60 % of a
    /// 2,100-yuan minimum wage.
    static func tekunCare(level: CareLevel) -> Int64 {
        switch level {
        case .selfCaring: 21_000
        case .partial: 63_000
        case .dependent: 126_000
        }
    }

    /// 困难残疾人生活补贴, per month.
    static let livingSubsidy: Int64 = 12_000

    /// 重度残疾人护理补贴 by grade (一级 150 yuan; 二级 and 三级 intellectual/mental 100 yuan).
    static func careSubsidy(grade: Int) -> Int64 { grade == 1 ? 15_000 : 10_000 }

    /// 孤儿 / 事实无人抚养儿童 basic living allowance (散居), per month.
    static let orphanAllowance: Int64 = 150_000

    /// 城乡居民基础养老金 per month, the income every elderly villager has.
    static let basicPension: Int64 = 20_000

    /// 分类施保 add-on for one member, as a share of the standard (percent).
    static func addOnPercent(_ category: String) -> Int64 {
        switch category {
        case "重度残疾人", "重病患者": 30
        case "单亲家庭子女": 20
        default: 10
        }
    }
}
