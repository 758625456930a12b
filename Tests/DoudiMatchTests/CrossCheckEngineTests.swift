import DoudiDomain
import DoudiMatch
import Testing

/// Each identity rule on a small roll with one planted case of every kind and clean
/// rows beside them that must not be found.
@Suite("Cross-check engine")
struct CrossCheckEngineTests {
    static let dibao = UInt8(Program.allCases.firstIndex(of: .dibao)!)
    static let tekun = UInt8(Program.allCases.firstIndex(of: .tekun)!)
    static let here: UInt64 = 370_321_001_001
    static let month2025_03 = Int32(2025 * 12 + 2)

    /// Rows: 0 dead still enrolled (key 100); 1 dead, ended, last paid the month after
    /// death (101); 2 dead, ended, last paid the month of death (102, clean); 3–4 one person
    /// on 低保 and 特困 (103); 5–6 two 低保 enrollments (104); 7–8 two person records with
    /// one number (105); 9 invalid number with a flagged problem (key 0); 10 on another
    /// county's roll (106); 11 on this county's other roll (107, clean); 12 owns a car and is on
/// another county's 特困 roll (108);
    /// 13 ended and owns a car (109, clean); 14 a company (110); 15 a cancelled company
    /// (111, clean); 16 duplicate rows of one enrollment (112, clean: not two enrollments).
    static func roll() -> RollColumns {
        var roll = RollColumns()
        func add(_ key: UInt64, person: UInt32, enrollment: UInt32, program: UInt8 = dibao, inForce: Bool = true,
                 lastPaid: Int32 = month2025_03 + 6, problems: UInt8 = 0) {
            roll.append(key: key, person: person, enrollment: enrollment, program: program, inForce: inForce, region: here,
                        lastPaid: lastPaid, identityProblems: problems)
        }
        add(100, person: 0, enrollment: 0)
        add(101, person: 1, enrollment: 1, inForce: false, lastPaid: month2025_03 + 1)
        add(102, person: 2, enrollment: 2, inForce: false, lastPaid: month2025_03)
        add(103, person: 3, enrollment: 3)
        add(103, person: 3, enrollment: 4, program: tekun)
        add(104, person: 4, enrollment: 5)
        add(104, person: 4, enrollment: 6)
        add(105, person: 5, enrollment: 7)
        add(105, person: 6, enrollment: 8)
        add(0, person: 7, enrollment: 9, problems: 1)
        add(106, person: 8, enrollment: 10)
        add(107, person: 9, enrollment: 11)
        add(108, person: 10, enrollment: 12)
        add(109, person: 11, enrollment: 13, inForce: false)
        add(110, person: 12, enrollment: 14)
        add(111, person: 13, enrollment: 15)
        add(112, person: 14, enrollment: 16)
        add(112, person: 14, enrollment: 16)
        return roll
    }

    static func batches() -> [CrossCheckEngine.Batch] {
        let died = Int32(CivilDate(iso: "2025-03-15")!.daysSinceEpoch)
        var deaths = ReferenceColumnsBuilder()
        for (line, key) in [100, 101, 102, 999].enumerated() { deaths.append(key: UInt64(key), date: died, line: UInt32(line + 2), offset: 0) }
        var rolls = ReferenceColumnsBuilder()
        rolls.append(key: 106, extra: 370_322_001_001, code: UInt16(dibao), line: 2, offset: 0)
        rolls.append(key: 107, extra: 370_321_100_201, code: UInt16(dibao), line: 3, offset: 0)
        rolls.append(key: 108, extra: 370_322_001_001, code: UInt16(tekun), line: 4, offset: 0)
        var vehicles = ReferenceColumnsBuilder()
        for key in [108, 109, 108] { vehicles.append(key: UInt64(key), line: 2, offset: 0) }
        var businesses = ReferenceColumnsBuilder()
        businesses.append(key: 110, extra: Int64(BusinessStatus.allCases.firstIndex(of: .active)!), line: 2, offset: 0)
        businesses.append(key: 111, extra: Int64(BusinessStatus.allCases.firstIndex(of: .cancelled)!), line: 3, offset: 0)
        return [.init(kind: .deaths, columns: deaths.build()), .init(kind: .programRolls, columns: rolls.build()),
                .init(kind: .vehicles, columns: vehicles.build()), .init(kind: .businesses, columns: businesses.build())]
    }

    static let limits = WealthLimits(
        exemptVehicles: [.disabilityVehicle, .motorcycle, .electricBike], maxHomes: 1, nonResidentialAllowed: false, exemptBusinesses: [.familyShop],
        standardUrban: Money(fen: 100_000), standardRural: Money(fen: 80_000), incomeShare: .one, providentFundDeposit: .zero)

    static func engine() -> CrossCheckEngine {
        let roll = roll()
        return CrossCheckEngine(roll: roll, wealth: WealthContext(roll: roll, limits: limits))
    }

    let hits = engine().run(rules: Set(IdentityRule.allCases), batches: batches())

    func rows(_ rule: IdentityRule) -> [Int32] { hits.filter { $0.rule == rule }.map(\.rollRow).sorted() }

    @Test("a deceased person still enrolled or paid after the month of death is found; one paid up to it is not")
    func deaths() {
        #expect(rows(.deceasedRecipient) == [0, 1])
    }

    @Test("duplicates: 低保 with 特困, one program twice, two records, another county's roll of the same program or of 特困; never this county's or one enrollment twice")
    func duplicates() {
        let found = hits.filter { $0.rule == .duplicateBenefit }.map { "\($0.rollRow):\($0.detail)" }.sorted()
        #expect(found == ["10:otherCountyRoll", "12:otherCountyRoll", "4:dibaoAndTekun", "6:sameProgramTwice", "8:twoRecords"])
    }

    @Test("identity errors come from the problems found at load")
    func identity() {
        #expect(rows(.identityError) == [9])
    }

    @Test("exact-ID hits need an enrollment in force, and a business that still exists; each matching row is one hit")
    func exactHits() {
        #expect(rows(.vehicleOwner) == [12, 12])
        #expect(rows(.businessPerson) == [14])
        #expect(hits.filter { $0.rule == .vehicleOwner }.allSatisfy { $0.batch == 2 })
    }

    @Test("the same data gives the same hits in the same order, rule by rule")
    func deterministic() {
        #expect(Self.engine().run(rules: Set(IdentityRule.allCases), batches: Self.batches()) == hits)
        #expect(Self.engine().run(rules: [.vehicleOwner], batches: Self.batches()).count == 2)
    }
}
