@testable import App
import DoudiDomain
import Foundation
import Testing

/// The snapshot file without a database: every field reads back as written, a snapshot of
/// another generation or database is not offered, and a damaged file is refused.
@Suite("Household snapshot file")
struct HouseholdSnapshotFileTests {
    static let day = CivilDate(year: 2025, month: 6, day: 30)!
    static let incoming = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-snapshot-incoming")

    /// One household with every optional field set, and one with every optional field empty.
    /// Most keys repeat the household's or a member's (written as a position); `strangerID`
    /// and the child's membership in another household are keys the reader does not hold.
    static func households() -> [HouseholdInputs] {
        let householdID = UUID(), headID = UUID(), childID = UUID(), strangerID = UUID()
        let head = Person(
            id: headID, region: RegionCode("370321001001")!,
            idNumber: RecordedIDNumber(value: "370321195001010012", status: .valid, packedKey: 0xDEAD_BEEF_1234, unverifiedRegion: true),
            name: "王大山", sex: .male, birthDate: CivilDate(year: 1950, month: 1, day: 1), ethnicity: "汉族", hukouRegion: "370321001001",
            hukouType: HukouType.allCases.last, disability: Disability(category: DisabilityCategory.allCases.last!, grade: .allCases.last!,
                                                                      certificateNo: "37032119500101001244", validUntil: day),
            hasSeriousIllness: true, seriousIllness: "尿毒症", labourCapacity: LabourCapacity.allCases.last, employment: EmploymentStatus.allCases.last,
            schooling: SchoolingLevel.allCases.last, specialStatuses: Set(SpecialStatus.allCases), deathDate: day.adding(days: 400))
        let child = Person(id: childID, region: RegionCode("370321001001")!,
                           idNumber: RecordedIDNumber(value: "37032120150101", status: IDNumberStatus.allCases.last!, packedKey: nil, unverifiedRegion: false),
                           name: "王小")
        let full = HouseholdInputs(
            household: Household(id: householdID, householdNo: "3703210010010001", region: RegionCode("370321001001")!, address: "索镇一村 1 号",
                                 areaKind: AreaKind.allCases.last!, headPersonID: headID),
            members: [
                (Membership(id: UUID(), householdID: householdID, personID: headID, relationship: .head, basis: MembershipBasis.allCases.last,
                            startedOn: day, endedOn: day.adding(days: 1)), head),
                (Membership(id: UUID(), householdID: UUID(), personID: childID, relationship: Relationship.allCases.last!, basis: nil,
                            startedOn: nil, endedOn: nil), child),
            ],
            incomes: [IncomeRecord(id: UUID(), householdID: householdID, personID: headID, category: IncomeCategory.allCases.last!, item: "务工",
                                   amount: Money(fen: -1_234_567), fromMonth: MonthPeriod(year: 2024, month: 7)!, toMonth: MonthPeriod(year: 2025, month: 6)!,
                                   source: "人社"),
                      IncomeRecord(id: UUID(), householdID: householdID, personID: strangerID, category: IncomeCategory.allCases[0], item: "",
                                   amount: .zero, fromMonth: MonthPeriod(year: 2025, month: 1)!, toMonth: MonthPeriod(year: 2025, month: 1)!, source: nil)],
            assets: [AssetRecord(id: UUID(), householdID: householdID, personID: headID, kind: AssetKind.allCases.last!, description: "小型轿车",
                                 value: Money(fen: 5_000_000), quantityHundredths: 250, acquiredOn: day, verifiedOn: day, source: "车管所"),
                     AssetRecord(id: UUID(), householdID: strangerID, personID: nil, kind: AssetKind.allCases[0], description: nil, value: nil,
                                 quantityHundredths: nil, acquiredOn: nil, verifiedOn: day, source: nil)],
            enrollments: [Enrollment(
                id: UUID(), region: RegionCode("370321001001")!, householdID: householdID, certificateNo: "DB001", program: Program.allCases.last!,
                status: EnrollmentStatus.allCases.last!, coverage: Coverage.allCases.last!, memberIDs: [headID, strangerID, childID],
                monthlyAmount: Money(fen: 120_050), categories: Set(AssistanceCategory.allCases), reviewClass: ReviewClass.allCases.last,
                startedOn: day, startReason: "新申请", endedOn: day, endReason: "渐退期满", nextReviewOn: day, acceptedBy: UUID(),
                investigatedBy: UUID(), approvedBy: UUID(), careForm: CareForm.allCases.last, voluntaryChoice: "自愿选择低保")],
            accountHolders: [headID])
        let empty = HouseholdInputs(
            household: Household(id: UUID(), householdNo: "3703210010010002", region: RegionCode("370321001001")!, address: "",
                                 areaKind: AreaKind.allCases[0], headPersonID: nil),
            members: [], incomes: [], assets: [], enrollments: [], accountHolders: [])
        return [full, empty]
    }

    static func expectEqual(_ a: HouseholdInputs, _ b: HouseholdInputs) {
        #expect(a.household == b.household)
        #expect(a.members.map(\.membership) == b.members.map(\.membership))
        #expect(a.members.map(\.person) == b.members.map(\.person))
        #expect(a.incomes == b.incomes && a.assets == b.assets && a.enrollments == b.enrollments)
        #expect(a.accountHolders == b.accountHolders)
    }

    @Test("every field of every record reads back as written, across blocks")
    func roundTrip() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        // More than one block, so the block prefixes are read too.
        let households = (0..<(HouseholdSnapshot.blockSize + 3)).map { Self.households()[$0 % 2] }
        let file = HouseholdSnapshot(url: url)
        let generation = RegistryGeneration(instance: "a", value: 7, nonce: 11)
        try file.write(households, generation: generation, temporaryDirectory: Self.incoming)
        let opened = try #require(file.open(at: generation))
        #expect(opened.blocks.map(\.households) == [HouseholdSnapshot.blockSize, 3])
        // A newer snapshot renamed over the file does not reach a reader that opened the older.
        try file.write(Array(households.prefix(1)), generation: RegistryGeneration(instance: "a", value: 8, nonce: 11), temporaryDirectory: Self.incoming)
        var read: [HouseholdInputs] = []
        for block in opened.blocks { try opened.forEachHousehold(in: block, codes: SnapshotCodes()) { read.append($0) } }
        #expect(read.count == households.count)
        for (a, b) in zip(read, households).prefix(2) + zip(read, households).suffix(2) { Self.expectEqual(a, b) }
    }

    @Test("written a chunk at a time: whole blocks as chunks come, the rest carried over, the count filled in last")
    func writtenInChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let households = (0..<(2 * HouseholdSnapshot.blockSize + 5)).map { Self.households()[$0 % 2] }
        let generation = RegistryGeneration(instance: "a", value: 7, nonce: 11)
        let writer = try HouseholdSnapshot.Writer(HouseholdSnapshot(url: url), generation: generation, temporaryDirectory: Self.incoming)
        for chunk in [0..<3, 3..<(HouseholdSnapshot.blockSize + 1), (HouseholdSnapshot.blockSize + 1)..<households.count] {
            try writer.append(Array(households[chunk]))
        }
        // Not offered until it is finished: no block count yet.
        #expect(HouseholdSnapshot(url: writer.temporary).open(at: generation) == nil)
        try writer.finish()
        let opened = try #require(HouseholdSnapshot(url: writer.temporary).open(at: generation))
        #expect(opened.blocks.map(\.households) == [HouseholdSnapshot.blockSize, HouseholdSnapshot.blockSize, 5])
        var read: [HouseholdInputs] = []
        for block in opened.blocks { try opened.forEachHousehold(in: block, codes: SnapshotCodes()) { read.append($0) } }
        #expect(read.map(\.household.id) == households.map(\.household.id))
        writer.discard()
        #expect(!FileManager.default.fileExists(atPath: writer.temporary.path))
    }

    @Test("another generation, another database, a cut-short or missing file: not offered")
    func staleOrDamaged() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = HouseholdSnapshot(url: url)
        let generation = RegistryGeneration(instance: "a", value: 7, nonce: 11)
        #expect(file.open(at: generation) == nil)
        try file.write(Self.households(), generation: generation, temporaryDirectory: Self.incoming)
        #expect(file.open(at: generation) != nil)
        #expect(file.open(at: RegistryGeneration(instance: "a", value: 8, nonce: 11)) == nil)
        #expect(file.open(at: RegistryGeneration(instance: "b", value: 7, nonce: 11)) == nil)
        // The same count of writes since a restored backup: another nonce.
        #expect(file.open(at: RegistryGeneration(instance: "a", value: 7, nonce: 12)) == nil)
        let bytes = try Data(contentsOf: url)
        try bytes.dropLast(5).write(to: url)
        #expect(file.open(at: generation) == nil)
        // A block whose households would not decode, and one byte changed inside a name (which
        // would still decode): the block's checksum refuses the file when it is opened, before
        // a run goes on to its other reads.
        var damaged = bytes
        try bytes.write(to: url)
        let block = try #require(file.open(at: generation)?.blocks.first)
        damaged.replaceSubrange(block.offset..<(block.offset + 40), with: [UInt8](repeating: 0xFF, count: 40))
        try damaged.write(to: url)
        #expect(file.open(at: generation) == nil)
        var flipped = bytes
        let name = try #require(flipped.firstRange(of: Array("王大山".utf8)))
        flipped[name.lowerBound + 1] ^= 0x01
        try flipped.write(to: url)
        #expect(file.open(at: generation) == nil)
        try bytes.write(to: url)
        #expect(file.open(at: generation) != nil)
    }
}
