import DoudiDomain
import Foundation

/// One household's registry records as the household rules' assembly takes them
/// (`RegisteredHousehold.assemble`), before any day is applied: what a snapshot keeps.
/// `members` are the current members with their persons; `accountHolders` those of them
/// who hold a bank account.
struct HouseholdInputs: Sendable {
    var household: Household
    var members: [(membership: Membership, person: Person)]
    var incomes: [IncomeRecord]
    var assets: [AssetRecord]
    var enrollments: [Enrollment]
    var accountHolders: Set<UUID>

    func assemble(monitoringList: Set<UInt64>, on date: CivilDate) -> Result<RegisteredHousehold, UnassessedHousehold> {
        RegisteredHousehold.assemble(household, members: members, incomes: incomes, assets: assets, enrollments: enrollments,
                                     accountHolders: accountHolders, monitoringList: monitoringList, on: date)
    }
}

extension HouseholdInputs {
    func write(to out: inout SnapshotWriter) {
        let h = household
        out.uuid(h.id); out.text(h.householdNo); out.text(h.region.value); out.text(h.address); out.code(h.areaKind)
        out.optional(h.headPersonID) { $0.uuid($1) }
        // The keys the reader will hold as it goes: the household's, then each member's
        // person's once that person is read (`init(from:codes:)` builds the same list).
        var known = [h.id]
        known.reserveCapacity(members.count + 1)
        out.array(members) { out, member in
            out.person(member.person)
            known.append(member.person.id)
            out.membership(member.membership, known: known)
            out.bool(accountHolders.contains(member.person.id))
        }
        out.array(incomes) { out, r in
            out.uuid(r.id); out.uuid(r.householdID, among: known); out.optional(r.personID) { $0.uuid($1, among: known) }; out.code(r.category)
            out.text(r.item); out.int(r.amount.fen); out.int(r.fromMonth.index); out.int(r.toMonth.index); out.optional(r.source) { $0.text($1) }
        }
        out.array(assets) { out, r in
            out.uuid(r.id); out.uuid(r.householdID, among: known); out.optional(r.personID) { $0.uuid($1, among: known) }; out.code(r.kind)
            out.optional(r.description) { $0.text($1) }; out.optional(r.value) { $0.int($1.fen) }
            out.optional(r.quantityHundredths) { $0.int($1) }; out.optional(r.acquiredOn) { $0.date($1) }; out.date(r.verifiedOn)
            out.optional(r.source) { $0.text($1) }
        }
        out.array(enrollments) { out, e in out.enrollment(e, known: known) }
    }

    init(from input: inout SnapshotReader, codes: SnapshotCodes) throws {
        household = Household(id: try input.uuid(), householdNo: try input.text(), region: try input.region(), address: try input.text(),
                              areaKind: try input.code(codes.areaKinds), headPersonID: try input.optional { try $0.uuid() })
        var holders = Set<UUID>(), known = [household.id]
        members = try input.array { input in
            let person = try input.person(codes)
            known.append(person.id)
            let membership = try input.membership(codes, known: known)
            if try input.bool() { holders.insert(person.id) }
            return (membership, person)
        }
        accountHolders = holders
        incomes = try input.array { input in
            IncomeRecord(id: try input.uuid(), householdID: try input.uuid(among: known), personID: try input.optional { try $0.uuid(among: known) },
                         category: try input.code(codes.incomeCategories), item: try input.text(), amount: Money(fen: try input.int()),
                         fromMonth: MonthPeriod(index: Int(try input.int())), toMonth: MonthPeriod(index: Int(try input.int())),
                         source: try input.optional { try $0.text() })
        }
        assets = try input.array { input in
            AssetRecord(id: try input.uuid(), householdID: try input.uuid(among: known), personID: try input.optional { try $0.uuid(among: known) },
                        kind: try input.code(codes.assetKinds), description: try input.optional { try $0.text() },
                        value: try input.optional { Money(fen: try $0.int()) }, quantityHundredths: try input.optional { try $0.int() },
                        acquiredOn: try input.optional { try $0.date() }, verifiedOn: try input.date(), source: try input.optional { try $0.text() })
        }
        enrollments = try input.array { try $0.enrollment(codes, known: known) }
    }
}
