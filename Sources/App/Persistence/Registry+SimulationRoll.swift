import DoudiDomain
import Foundation
import SQLKit

extension Registry {
    /// Every household of `region` in the caller's area as the rules see it on `date`: one
    /// query per table over the region's code range, grouped here, instead of a dossier
    /// per household. Households with a member the rules cannot assess are counted by
    /// township instead.
    public func simulationHouseholds(in region: RegionCode, on date: CivilDate) async throws
        -> (households: [SimulationHousehold], notAssessed: [RegionCode: Int]) {
        let households = try await rows(HouseholdRow.self, in: region).map { try $0.toDomain() }
        var members: [UUID: [(membership: Membership, person: Person)]] = [:]
        for member in try await currentMembers({ $0.within(region, table: "m") }) { members[member.membership.householdID, default: []].append(member) }
        var incomes: [UUID: [IncomeRecord]] = [:]
        for record in try await rows(IncomeRecordRow.self, in: region).map({ try $0.toDomain() }) {
            incomes[record.householdID, default: []].append(record)
        }
        var assets: [UUID: [AssetRecord]] = [:]
        for record in try await rows(AssetRecordRow.self, in: region).map({ try $0.toDomain() }) {
            assets[record.householdID, default: []].append(record)
        }
        let open = try await rows(EnrollmentRow.self, in: region) { $0.where("status", .in, [EnrollmentStatus.active.rawValue, EnrollmentStatus.phasingOut.rawValue]) }
        var enrollments: [UUID: [Enrollment]] = [:]
        for enrollment in try await EnrollmentRow.withMembers(open, within: caller.scope, sql: sql).map({ try $0.toDomain() }) {
            enrollments[enrollment.householdID, default: []].append(enrollment)
        }

        var result: [SimulationHousehold] = []
        var notAssessed: [RegionCode: Int] = [:]
        for household in households.sorted(by: { $0.householdNo < $1.householdNo }) {
            let township = household.region.township ?? household.region
            let own = members[household.id] ?? []
            guard !own.isEmpty else { continue }
            let held = enrollments[household.id] ?? []
            let dibao = held.first { $0.program == .dibao }
            switch RegistrySituation.make(household: household, members: own, incomes: incomes[household.id] ?? [],
                                          assets: assets[household.id] ?? [], enrollment: dibao, on: date) {
            case .failure:
                notAssessed[township, default: 0] += 1
            case let .success(situation):
                let onTekun = Set(held.filter { $0.program == .tekun }.flatMap(\.memberIDs))
                let tekunAreas = own.filter { onTekun.contains($0.person.id) }.map { _ in household.areaKind }
                result.append(SimulationHousehold(key: household.id.uuidString, householdNo: household.householdNo, township: township,
                                                  situation: situation, tekunAreas: tekunAreas))
            }
        }
        return (result, notAssessed)
    }

    /// Rows of one table in the region's code range and the caller's area.
    private func rows<Row: TableRow>(_ type: Row.Type, in region: RegionCode,
                                     refine: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }) async throws -> [Row] {
        try await refine(sql.select().columns(Row.columns.map { SQLColumn($0) }).from(Row.table).within(caller.scope).within(region))
            .all().map(Row.init(row:))
    }
}
