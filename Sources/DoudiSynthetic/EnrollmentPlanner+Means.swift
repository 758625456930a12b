import DoudiDomain

/// Incomes, assets and self-care assessments: the evidence behind each decision.
extension EnrollmentPlanner {
    struct IncomeItem {
        let member: Int
        let category: String
        let item: String
        let monthlyFen: Int64
        let source: String
    }

    /// Income items whose monthly total is about `targetPercent` % of the standard per counted
    /// member (nil: an ordinary household, usually well above it). Pensions come first because they
    /// are fixed; work, farming or support from children make up the rest.
    mutating func incomes(_ household: SynthHousehold, targetPercent: Int?) -> [IncomeItem] {
        let standard = BenefitStandards.dibao(urban: household.isUrban)
        let counted = Int64(max(1, household.members.filter(\.counted).count))
        var items: [IncomeItem] = []
        for (index, person) in household.members.enumerated() where person.counted {
            if person.retired {
                items.append(IncomeItem(member: index, category: "转移净收入", item: "基本养老金", monthlyFen: Int64(rng.int(2800...4500)) * 100, source: "核对"))
            } else if person.age >= 60 {
                items.append(IncomeItem(member: index, category: "转移净收入", item: "基础养老金", monthlyFen: BenefitStandards.basicPension + Int64(rng.int(0...60)) * 100, source: "核对"))
            }
        }
        let percent = Int64(targetPercent ?? rng.triangular(90...500, mode: 170))
        var remaining = standard * counted * percent / 100 - items.reduce(0) { $0 + $1.monthlyFen }
        guard remaining >= 100, percent > 0 else { return items }
        var flexible: [(Int, String, String, String)] = []
        for (index, person) in household.members.enumerated()
        where person.counted && person.age >= 16 && person.age < 65 && person.labour != .lost {
            if person.employment == .employed {
                flexible.append((index, "工资性收入", person.worksAway ? "外出务工收入" : "务工收入", household.isUrban ? "核对" : "申报"))
            } else if person.employment == .flexible {
                flexible.append((index, "工资性收入", "灵活就业收入", "申报"))
            }
        }
        // Household-level income is recorded on the first counted member (the head, unless the
        // head is not counted, e.g. serving a sentence).
        let payee = household.members.firstIndex(where: \.counted) ?? 0
        if !household.isUrban { flexible.append((payee, "经营净收入", "农业经营收入", "调查")) }
        if household.members[payee].isElderly { flexible.append((payee, "转移净收入", "赡养费", "申报")) }
        if flexible.isEmpty { flexible.append((payee, "其他收入", "亲友资助", "申报")) }
        let first = rng.below(flexible.count)
        var order = [flexible[first]]
        if flexible.count > 1 { order.append(flexible[(first + 1 + rng.below(flexible.count - 1)) % flexible.count]) }
        for (position, candidate) in order.enumerated() {
            let share = position == order.count - 1 ? remaining : remaining * Int64(rng.int(40...80)) / 100
            let fen = share / 100 * 100
            if fen > 0 {
                items.append(IncomeItem(member: candidate.0, category: candidate.1, item: candidate.2, monthlyFen: fen, source: candidate.3))
            }
            remaining -= share
        }
        return items
    }

    /// Turns a monthly item into a row for the twelve-month period on file.
    static func incomeRow(_ household: SynthHousehold) -> (IncomeItem) -> (id: String, category: String, item: String, fen: Int64, source: String) {
        { item in (household.members[item.member].id, item.category, item.item, item.monthlyFen * 12, item.source) }
    }

    /// Deposits, vehicles, real estate and businesses as found by the checks.
    mutating func addAssets(_ household: SynthHousehold, enrolled: Bool, records: inout HouseholdRecords) {
        let head = household.members[0]
        let standard = BenefitStandards.dibao(urban: household.isUrban) * Int64(household.members.count)
        let checked = daysAgo(rng.int(10...300))
        if rng.chance(enrolled ? 0.55 : 0.8) {
            let months = enrolled ? rng.int(0...18) : rng.int(6...120)
            let fen = standard * Int64(months) + Int64(rng.below(100_000))
            records.assets.append((head.id, "存款", "活期及定期存款", fen, "", nil, checked, "银行"))
        }
        if enrolled {
            if rng.chance(0.04) {
                let kind = rng.chance(0.6) ? "电动三轮车" : "低速货车"
                records.assets.append((head.id, "机动车", kind, Int64(rng.int(20...80)) * 10_000, "1", daysAgo(rng.int(365...3650)), checked, "公安交管"))
            }
            if rng.chance(household.isUrban ? 0.35 : 0.3) {
                let area = rng.int(4000...14000)
                records.assets.append((head.id, "房产", household.isUrban ? "住宅（唯一住房）" : "宅基地房屋", Int64(area) * (household.isUrban ? 4_000 : 600), Self.area(area), daysAgo(rng.int(3650...14000)), checked, "不动产登记"))
            }
            return
        }
        if rng.chance(0.35) {
            records.assets.append((head.id, "机动车", "小型轿车", Int64(rng.int(50...250)) * 100_000, "1", daysAgo(rng.int(200...4000)), checked, "公安交管"))
        }
        if rng.chance(0.6) {
            for _ in 0..<(rng.chance(0.2) ? 2 : 1) {
                let area = rng.int(5000...16000)
                records.assets.append((head.id, "房产", "住宅", Int64(area) * Int64(rng.int(3000...8000)), Self.area(area), daysAgo(rng.int(400...9000)), checked, "不动产登记"))
            }
        }
        if rng.chance(0.08) {
            records.assets.append((head.id, "市场主体", "个体工商户（经营者）", Int64(rng.int(5...50)) * 1_000_000, "", daysAgo(rng.int(200...5000)), checked, "市场监管"))
        }
    }

    /// Square metres with two decimals from hundredths.
    static func area(_ hundredths: Int) -> String {
        String(hundredths / 100) + "." + FastText.padded(hundredths % 100, width: 2)
    }

    /// The six-item self-care assessment of a 特困 person and the care form it leads to.
    mutating func adlAssessment(_ person: SynthPerson, household: SynthHousehold, staff: VillageStaff)
        -> (id: String, date: CivilDate, assessor: String, items: [Bool], careForm: String, institution: String)
    {
        let failed: Int
        if person.isSevereDisabled { failed = rng.int(2...6) }
        else if person.age >= 85 { failed = rng.int(1...6) }
        else if person.age >= 75 { failed = rng.triangular(0...5, mode: 1) }
        else { failed = rng.triangular(0...3, mode: 0) }
        // Bathing is lost first and eating last (items in template order: 进食 穿衣 上下床 如厕 室内行走 洗澡).
        var order = [5, 1, 3, 2, 4, 0]
        let swap = rng.below(5)
        order.swapAt(swap, swap + 1)
        var items = [Bool](repeating: true, count: 6)
        for index in order.prefix(failed) { items[index] = false }
        let level = CareLevel(failedItems: failed)
        let central = rng.chance(level == .dependent ? 0.55 : level == .partial ? 0.25 : 0.08)
        let institution = central ? (level == .dependent ? county.name + "社会福利中心" : household.village.townshipName + "敬老院") : ""
        return (person.id, daysAgo(rng.int(15...360)), rng.pick(staff.township).name, items, central ? "集中" : "分散", institution)
    }
}
