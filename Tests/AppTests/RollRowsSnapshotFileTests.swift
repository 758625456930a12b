@testable import App
import DoudiDomain
import Foundation
import Testing

/// The roll snapshot file without a database.
@Suite("Roll snapshot file")
struct RollRowsSnapshotFileTests {
    static func row(_ index: Int) -> RollRow {
        RollRow(personID: UUID(),
                number: RecordedIDNumber(value: "37032119500101\(1000 + index % 9000)", status: index % 11 == 0 ? .checksum : .valid,
                                         packedKey: index % 3 == 0 ? nil : UInt64(index) * 1_000_003, unverifiedRegion: false),
                sex: index % 2 == 0 ? .male : nil, birthDate: index % 5 == 0 ? nil : CivilDate(iso: "1950-01-01"), enrollmentID: UUID(),
                program: index % 4 == 0 ? .tekun : .dibao, status: index % 6 == 0 ? .phasingOut : .active, region: 370_321_001_001 + UInt64(index % 3),
                categories: index % 2 == 0 ? [.elderly, .minor] : [], lastPaid: index % 7 == 0 ? nil : MonthPeriod(iso: "2025-06"),
                urban: index % 3 == 1)
    }

    @Test("rows read back in order across blocks; another generation, or a file cut short, is refused")
    func roundTrip() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-roll-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let generation = RegistryGeneration(instance: "a", value: 3, nonce: 11)
        let rows = (0..<(RollRowsSnapshot.blockRows + 5)).map(Self.row)
        let writer = try RollRowsSnapshot.Writer(url: url, generation: generation, temporaryDirectory: HouseholdSnapshotFileTests.incoming)
        rows.forEach(writer.append)
        try writer.commit()
        let file = RollRowsSnapshot(url: url)
        #expect(file.isCurrent(at: generation) && !file.isCurrent(at: RegistryGeneration(instance: "a", value: 4, nonce: 11)))
        var read: [RollRow] = []
        try file.read(at: generation) { read.append($0) }
        #expect(read.count == rows.count)
        for (index, (a, b)) in zip(read, rows).enumerated() where a != b { Issue.record("row \(index) differs") }
        #expect(throws: SnapshotDamaged.self) { try file.read(at: RegistryGeneration(instance: "b", value: 3, nonce: 11)) { _ in } }
        let bytes = try Data(contentsOf: url)
        try bytes.dropLast(2).write(to: url)
        #expect(throws: SnapshotDamaged.self) { try file.read(at: generation) { _ in } }
        // One byte changed inside a row's ID number: the block's checksum refuses it.
        var flipped = bytes
        let number = try #require(flipped.firstRange(of: Data("37032119500101".utf8)))
        flipped[number.lowerBound + 5] ^= 0x01
        try flipped.write(to: url)
        #expect(throws: SnapshotDamaged.self) { try file.read(at: generation) { _ in } }
    }
}
