import DoudiDomain
import Foundation

/// Writes the roll's ten files. Callers hand it finished households and records; it owns the
/// formatting rules (labels, dates, amounts) and the payment schedule.
final class RollWriter {
    let regions, staff, households, enrollments, payments, incomes, assets, relations, adl, accounts: TableFile
    let paymentMonths: [MonthPeriod]
    let monthTexts: [String]
    /// "YBT" + yyyymm: the 一本通 batch prefix of each month's 流水号.
    let serialPrefixes: [String]
    /// Pay day per (month, program): every payment of a program in a month goes out in one batch
    /// on the 10th–15th.
    let payDays: [[CivilDate]]
    private let incomeFrom: String
    private let incomeTo: String
    var rng: SplitMix64
    var paymentSerial = 0

    init(directory: URL, seed: UInt64, asOfMonth: MonthPeriod, paymentMonthCount: Int) throws {
        func open(_ index: Int) throws -> TableFile {
            try TableFile(directory: directory, name: TemplateHeaders.rollFiles[index].name, header: TemplateHeaders.rollFiles[index].header)
        }
        regions = try open(0); staff = try open(1); households = try open(2); enrollments = try open(3)
        payments = try open(4); incomes = try open(5); assets = try open(6); relations = try open(7)
        adl = try open(8); accounts = try open(9)
        paymentMonths = (0..<paymentMonthCount).reversed().map { asOfMonth.adding(months: -$0) }
        monthTexts = paymentMonths.map(FastText.month)
        serialPrefixes = paymentMonths.map { "YBT" + String($0.year) + FastText.padded($0.month, width: 2) }
        payDays = paymentMonths.map { month in
            ProgramKind.allCases.map(\.rawValue).map { program in
                let day = 10 + Int(SplitMix64.mix(seed ^ UInt64(month.index) << 8 ^ UInt64(program)) % 6)
                return CivilDate(year: month.year, month: month.month, day: day)!
            }
        }
        incomeFrom = FastText.month(asOfMonth.adding(months: -12))
        incomeTo = FastText.month(asOfMonth.adding(months: -1))
        rng = SplitMix64(seed: seed, stream: 0x5041_594D)
    }

    var files: [TableFile] { [regions, staff, households, enrollments, payments, incomes, assets, relations, adl, accounts] }

    func close() throws {
        for file in files { try file.close() }
    }

    func region(code: Int, name: String, urbanRural: Int?, population: Int? = nil) throws {
        regions.field(String(code)); regions.field(name)
        regions.field(urbanRural.map(String.init) ?? ""); regions.empty(); regions.empty()
        regions.optional(population.map(String.init))
        try regions.endRow()
    }

    func staffMember(_ member: SynthStaff) throws {
        staff.field(member.number); staff.field(member.name); staff.field(member.id)
        staff.field(member.post); staff.field(member.region)
        try staff.endRow()
    }

    func household(_ household: SynthHousehold) throws {
        let file = households
        let urban = household.isUrban ? "城镇" : "农村"
        for person in household.members {
            file.field(household.number); file.field(household.village.codeText); file.field(household.address)
            file.field(urban); file.field(person.relation); file.field(person.name); file.field(person.id)
            // A planted inconsistency is written as the clerk mistyped it: the other sex, or
            // the birth year one off.
            file.field(person.male != (person.plant == .sexMismatch) ? "男" : "女")
            file.field(FastText.date(person.plant == .birthDateMismatch ? person.birth.adding(months: -12) : person.birth))
            file.field(person.ethnicity)
            file.field(person.hukouCode); file.field(person.hukouType); file.field(person.basis)
            if let disability = person.disability {
                file.field(disability.categoryName); file.field(disability.gradeName)
                file.field(disability.certificateNumber(for: person.id)); file.field(FastText.date(disability.validUntil))
            } else {
                file.empty(); file.empty(); file.empty(); file.empty()
            }
            file.field(person.illness == nil ? "否" : "是"); file.optional(person.illness)
            file.field(person.labour.label); file.field(person.employment.label); file.field(person.education)
            var statuses = person.statuses
            if let monitoring = household.monitoring, household.monitoringRecorded { statuses.append(monitoring) }
            file.field(statuses.joined(separator: "；"))
            file.optional(person.deathDate.map(FastText.date))
            try file.endRow()
        }
    }

    /// Writes every record; returns each enrollment's last paid month, in order.
    func records(_ records: HouseholdRecords, of household: SynthHousehold) throws -> [MonthPeriod?] {
        var lastPaid: [MonthPeriod?] = []
        for enrollment in records.enrollments {
            try self.enrollment(enrollment, household: household)
            lastPaid.append(try paymentRows(enrollment, household: household))
        }
        for row in records.incomes {
            incomes.field(row.id); incomes.field(row.category); incomes.field(row.item)
            incomes.field(FastText.yuan(fen: row.fen)); incomes.field(incomeFrom); incomes.field(incomeTo); incomes.field(row.source)
            try incomes.endRow()
        }
        for row in records.assets {
            assets.field(row.id); assets.field(row.kind); assets.field(row.detail)
            assets.optional(row.fen.map { FastText.yuan(fen: $0) }); assets.field(row.quantity)
            assets.optional(row.acquired.map(FastText.date)); assets.field(FastText.date(row.checked)); assets.field(row.source)
            try assets.endRow()
        }
        for row in records.relations {
            relations.field(row.id); relations.field(row.other); relations.field(row.kind); relations.field(row.note)
            try relations.endRow()
        }
        for row in records.adl {
            adl.field(row.id); adl.field(FastText.date(row.date)); adl.field(row.assessor)
            for able in row.items { adl.field(able ? "能" : "不能") }
            adl.field(row.careForm); adl.field(row.institution)
            try adl.endRow()
        }
        if records.payeeAccount {
            let head = household.members[0]
            let account = BankAccountFactory.make(countyShortName: household.village.countyShortName, &rng)
            accounts.field(head.id); accounts.field(account.bank); accounts.field(account.number); accounts.field(head.name)
            try accounts.endRow()
        }
        return lastPaid
    }
}
