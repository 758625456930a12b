import DoudiDomain

/// A registered disability: category, grade and the 残疾人证 (ID + category digit + grade digit).
struct SynthDisability: Sendable {
    /// 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重 (GB/T 26341 order, also the certificate digit).
    let category: Int
    /// 1 (most severe) … 4.
    let grade: Int
    let validUntil: CivilDate

    static let categoryNames = ["", "视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
    static let gradeNames = ["", "一级", "二级", "三级", "四级"]

    var categoryName: String { Self.categoryNames[category] }
    var gradeName: String { Self.gradeNames[grade] }
    /// 重度残疾 (57号 art 8, as `DoudiDomain.Disability.isSevere`): grades 1–2 of any category and
    /// grade 3 intellectual or mental disability; it drives 分类施保, 单人保 and the care subsidy.
    var isSevere: Bool { grade <= 2 || (grade == 3 && (category == 5 || category == 6)) }

    func certificateNumber(for id: String) -> String {
        id + String(category) + String(grade)
    }
}
