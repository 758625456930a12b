@testable import App
import Foundation
import Testing

/// The roll snapshot file without a database.
@Suite("Roll snapshot file")
struct RollRowsSnapshotFileTests {
    static func row(_ index: Int) -> RollRowValues {
        var row = RollRowValues(personID: UUID(), idNumber: "37032119500101\(1000 + index % 9000)", idStatus: "valid",
                                idKey: index % 3 == 0 ? nil : Int64(index) * 1_000_003, sex: index % 2 == 0 ? "male" : nil,
                                birthDate: index % 5 == 0 ? nil : "1950-01-01", enrollmentID: UUID(), program: "dibao", status: "active",
                                region: "370321001001", categories: index % 2 == 0 ? "elderly,minor" : "", coverage: "household",
                                lastPaid: index % 7 == 0 ? nil : "2025-06", areaKind: "rural")
        row.idStatus = index % 11 == 0 ? "checksum" : "valid"
        return row
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
        var read: [RollRowValues] = []
        try file.read(at: generation) { read.append($0) }
        #expect(read.count == rows.count)
        for (a, b) in zip(read, rows) where a.personID != b.personID || a.idNumber != b.idNumber || a.idKey != b.idKey || a.sex != b.sex
            || a.birthDate != b.birthDate || a.enrollmentID != b.enrollmentID || a.idStatus != b.idStatus || a.categories != b.categories
            || a.lastPaid != b.lastPaid || a.region != b.region || a.program != b.program || a.status != b.status || a.coverage != b.coverage
            || a.areaKind != b.areaKind {
            Issue.record("row \(String(describing: read.firstIndex { $0.personID == a.personID })) differs")
        }
        #expect(throws: SnapshotDamaged.self) { try file.read(at: RegistryGeneration(instance: "b", value: 3, nonce: 11)) { _ in } }
        let bytes = try Data(contentsOf: url)
        try bytes.dropLast(2).write(to: url)
        #expect(throws: SnapshotDamaged.self) { try file.read(at: generation) { _ in } }
        // One byte changed inside a row's text: the block's checksum refuses it.
        var flipped = bytes
        let region = try #require(flipped.firstRange(of: Data("370321001001".utf8)))
        flipped[region.lowerBound + 5] ^= 0x01
        try flipped.write(to: url)
        #expect(throws: SnapshotDamaged.self) { try file.read(at: generation) { _ in } }
    }
}
