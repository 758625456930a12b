import DoudiDomain
import DoudiMatch
import Testing

/// The 错保 rules in the engine: records judged against the enrollment's limits, homes
/// counted across the household's members (co-owners' rows once), and only 低保 and 特困
/// enrollments in force judged at all.
@Suite("Cross-check engine: 错保 signals")
struct WealthSignalEngineTests {
    static let dibao = UInt8(Program.dibao.position), tekun = UInt8(Program.tekun.position)
    static let orphan = UInt8(Program.orphan.position)

    /// Enrollment 0: a 低保 household of two (keys 1, 2); 1: 特困 alone (3); 2: an orphan's
    /// allowance (4); 3: 低保 ended (5); 4: a 低保 household of one (6).
    static func roll() -> RollColumns {
        var roll = RollColumns()
        for (key, enrollment, program, inForce) in [(1, 0, dibao, true), (2, 0, dibao, true), (3, 1, tekun, true), (4, 2, orphan, true),
                                                    (5, 3, dibao, false), (6, 4, dibao, true)] {
            roll.append(key: UInt64(key), person: UInt32(key), enrollment: UInt32(enrollment), program: program, inForce: inForce,
                        region: 370_321_001_001, lastPaid: RollColumns.neverPaid, identityProblems: 0)
        }
        return roll
    }

    static func run(_ kind: ReferenceKind, _ rule: IdentityRule, rows: (inout ReferenceColumnsBuilder) -> Void) -> [CrossCheckHit] {
        var builder = ReferenceColumnsBuilder()
        rows(&builder)
        let roll = roll()
        return CrossCheckEngine(roll: roll, wealth: WealthContext(roll: roll, limits: CrossCheckEngineTests.limits))
            .run(rules: [rule], batches: [.init(kind: kind, columns: builder.build())])
    }

    static func code<T: RegistryCode>(_ value: T) -> UInt16 { UInt16(value.position) }

    @Test("a car is a signal on 低保 and 特困; a motorcycle is not; an orphan's allowance or an ended enrollment is never judged")
    func vehicles() {
        let hits = Self.run(.vehicles, .vehicleOwner) { rows in
            for key in [1, 3, 4, 5] { rows.append(key: UInt64(key), code: Self.code(VehicleType.car), line: 2, offset: 0) }
            rows.append(key: 6, code: Self.code(VehicleType.motorcycle), line: 3, offset: 0)
        }
        #expect(hits.map(\.rollRow) == [0, 2] && hits.allSatisfy { $0.detail == .vehicle })
    }

    @Test("two homes across two members exceed a limit of one; co-owners' rows of one home count once")
    func homes() {
        let two = Self.run(.realEstate, .propertyOwner) { rows in
            rows.append(key: 1, amount: 9_000, code: Self.code(PropertyType.residential), line: 2, offset: 0)
            rows.append(key: 2, amount: 12_000, code: Self.code(PropertyType.residential), line: 3, offset: 0)
            rows.append(key: 6, amount: 8_000, code: Self.code(PropertyType.residential), line: 4, offset: 0)
        }
        #expect(two.map(\.rollRow).sorted() == [0, 1] && two.allSatisfy { $0.detail == .homes && $0.figure == 2 })
        let coOwned = Self.run(.realEstate, .propertyOwner) { rows in
            rows.append(key: 1, amount: 9_000, code: Self.code(PropertyType.residential), line: 2, offset: 0)
            rows.append(key: 2, amount: 9_000, code: Self.code(PropertyType.residential), line: 3, offset: 0)
            rows.append(key: 6, amount: 3_000, code: Self.code(PropertyType.parking), line: 4, offset: 0)
        }
        #expect(coOwned.map(\.rollRow) == [5] && coOwned.first?.detail == .nonResidential)
    }

    @Test("a pension is shared over the enrollment's members: 900 yuan is above a lone 特困's rural standard, not a couple's")
    func pensions() {
        let hits = Self.run(.socialInsurance, .pensionIncome) { rows in
            for key in [1, 3] { rows.append(key: UInt64(key), extra: 90_000, code: Self.code(InsuranceType.employeePension), line: 2, offset: 0) }
        }
        #expect(hits.map(\.rollRow) == [2] && hits.first?.detail == .pension)
    }

    @Test("a business's status and type: a family shop and a cancelled company are not signals")
    func businesses() {
        let hits = Self.run(.businesses, .businessPerson) { rows in
            rows.append(key: 1, extra: Int64(BusinessStatus.active.position), code: Self.code(BusinessType.familyShop), line: 2, offset: 0)
            rows.append(key: 3, extra: Int64(BusinessStatus.cancelled.position), code: Self.code(BusinessType.company), line: 3, offset: 0)
            rows.append(key: 6, code: Self.code(BusinessType.individualBusiness), line: 4, offset: 0)
        }
        #expect(hits.map(\.rollRow) == [5] && hits.first?.detail == .business)
    }
}
