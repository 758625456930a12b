import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// Every household of `region` in the caller's area as the rules see it on `date`: one
    /// query per table over the region's code range, grouped here, instead of a dossier
    /// per household. A household the rules cannot judge (a member without a birth date, or
    /// means never checked) comes back on its own, with the reason.
    public func registeredHouseholds(in region: RegionCode, on date: CivilDate) async throws
        -> (households: [RegisteredHousehold], unassessed: [UnassessedHousehold]) {
        let households = try await rows(HouseholdRow.self, in: region).map { try $0.toDomain() }
        var incomes: [UUID: [IncomeRecord]] = [:]
        for record in try await rows(IncomeRecordRow.self, in: region).map({ try $0.toDomain() }) {
            incomes[record.householdID, default: []].append(record)
        }
        var assets: [UUID: [AssetRecord]] = [:]
        for record in try await rows(AssetRecordRow.self, in: region).map({ try $0.toDomain() }) {
            assets[record.householdID, default: []].append(record)
        }
        // Enrollments in force on the day asked for, not merely today.
        var everEnrolled: [UUID: [Enrollment]] = [:], enrollments: [UUID: [Enrollment]] = [:]
        for enrollment in try await EnrollmentRow.withMembers(try await rows(EnrollmentRow.self, in: region), within: caller.scope, sql: sql)
            .map({ try $0.toDomain() }) {
            everEnrolled[enrollment.householdID, default: []].append(enrollment)
            if enrollment.isOpen(on: date) { enrollments[enrollment.householdID, default: []].append(enrollment) }
        }
        // Households whose income was checked (an income record) or who receive assistance
        // that day. The registry holds every household of the area, most of whom never
        // applied; without a checked income the rules would read nothing as zero.
        let checked = Set(incomes.keys).union(enrollments.keys)
        // Members only of those: most of a county's registered persons were never checked.
        var members: [UUID: [(membership: Membership, person: Person)]] = [:]
        let wanted = households.map(\.id).filter(checked.contains)
        for member in try await chunkedLookup(wanted, { chunk in
            try await currentMembers { $0.where(SQLColumn("household_id", table: "m"), .in, SQLBind.group(chunk)) }
        }) {
            members[member.membership.householdID, default: []].append(member)
        }

        var result: [RegisteredHousehold] = []
        var unassessed: [UnassessedHousehold] = []
        for household in households.sorted(by: { $0.householdNo < $1.householdNo }) {
            let township = household.region.township ?? household.region
            guard checked.contains(household.id) else {
                unassessed.append(UnassessedHousehold(key: household.id.uuidString, householdNo: household.householdNo, township: township,
                                                      reason: "never_checked"))
                continue
            }
            let own = members[household.id] ?? []
            guard !own.isEmpty else {
                unassessed.append(UnassessedHousehold(key: household.id.uuidString, householdNo: household.householdNo, township: township,
                                                      reason: "no_members"))
                continue
            }
            let held = enrollments[household.id] ?? []
            let dibao = held.first { $0.program == .dibao }
            switch RegistrySituation.make(household: household, members: own, incomes: incomes[household.id] ?? [],
                                          assets: assets[household.id] ?? [], enrollment: dibao, on: date) {
            case let .failure(missing):
                unassessed.append(UnassessedHousehold(key: household.id.uuidString, householdNo: household.householdNo, township: township,
                                                      reason: "missing_birth_dates", count: missing.names.count))
            case let .success(situation):
                let tekunIDs = Set(held.filter { $0.program == .tekun }.flatMap(\.memberIDs))
                let judged = RegistrySituation.judged(own, on: date)
                let onTekun = judged.map { tekunIDs.contains($0.person.id) }
                result.append(RegisteredHousehold(key: household.id.uuidString, householdNo: household.householdNo, township: township,
                                                  situation: situation, recorded: Set(held.map(\.program)), onTekun: onTekun,
                                                  choseDibao: judged.map { member in held.contains { $0.recordsChoiceOfDibao(by: member.person.id, on: date) } },
                                                  memberIDs: judged.map(\.person.id), enrollments: everEnrolled[household.id] ?? []))
            }
        }
        return (result, unassessed)
    }

    /// Rows of one table in the region's code range and the caller's area.
    private func rows<Row: TableRow>(_ type: Row.Type, in region: RegionCode,
                                     refine: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }) async throws -> [Row] {
        try await refine(sql.select().columns(Row.columns.map { SQLColumn($0) }).from(Row.table).within(caller.scope).within(region))
            .all().map(Row.init(row:))
    }
}
