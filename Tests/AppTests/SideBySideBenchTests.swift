@testable import App
import DoudiDomain
import DoudiMatch
import DoudiPolicyFiles
import DoudiSynthetic
import Foundation
import Testing

/// The Doudi half of the OpenFisca side-by-side reads the files it wrote, splits them at
/// household boundaries, and gets the gap formula's answer for every household.
@Suite("Side-by-side benchmark")
struct SideBySideBenchTests {
    let date = CivilDate(year: 2024, month: 5, day: 1)!

    @Test("every household matches the formula computed here: urban 924, rural 801, basic pension not counted")
    func matchesTheFormula() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sbs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try SideBySideFiles.write(households: 500, to: directory)
        let book = try PolicyDirectory.load(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("policy"))
        let parameters = try DibaoParameters(book: book, region: RegionCode(prefix: "370321")!, on: date)
        let (_, tally) = try SideBySideBench.run(directory: directory, parameters: parameters, date: date, region: "370321")

        // The formula by hand, from the files as text.
        let areas = try String(contentsOf: directory.appendingPathComponent("households.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.hasSuffix("urban") ? Int64(92_400) : Int64(80_100) }
        var income = [Int64](repeating: 0, count: areas.count), size = [Int64](repeating: 0, count: areas.count)
        for line in try String(contentsOf: directory.appendingPathComponent("persons.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",")
            let household = Int(cells[0])!
            income[household] += Int64(cells[2])! + Int64(cells[3])!
            size[household] += 1
        }
        let expected = areas.indices.map { index -> String in
            let line = areas[index] * size[index]
            return income[index] < line ? "\(index),1,\(line - income[index])" : "\(index),0,0"
        }
        let written = try String(contentsOf: directory.appendingPathComponent("doudi-results.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map(String.init)
        #expect(written == expected)
        #expect(tally.households == 500 && tally.eligible == expected.filter { $0.contains(",1,") }.count)
        let mapped = try MappedFile(path: directory.appendingPathComponent("persons.csv").path)
        withExtendedLifetime(mapped) {
            let bytes = mapped.bytes
            // The household number on the line starting at `offset`.
            func household(at offset: Int) -> Int { var scanner = FieldScanner(bytes, range: offset..<bytes.count); return scanner.integer() }
            for count in [2, 3, 7] {
                let parts = SideBySideBench.split(bytes, into: count)
                #expect(parts.count == count && parts.last!.upperBound == bytes.count)
                for (previous, next) in zip(parts, parts.dropFirst()) {
                    #expect(previous.upperBound == next.lowerBound && bytes[next.lowerBound - 1] == UInt8(ascii: "\n"))
                    // The line before the cut belongs to another household than the line after it.
                    var lineStart = previous.upperBound - 1
                    while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
                    #expect(household(at: lineStart) != household(at: next.lowerBound))
                }
            }
        }
    }

    @Test("a malformed person line is named with its line number")
    func badLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sbs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "household,area\n0,urban\n1,rural\n".write(to: directory.appendingPathComponent("households.csv"), atomically: true, encoding: .utf8)
        try "household,birth_date,wages,pension,basic_pension\n0,1980-01-01,0,0,0\n1,1980-13-01,0,0,0\n"
            .write(to: directory.appendingPathComponent("persons.csv"), atomically: true, encoding: .utf8)
        let book = try PolicyDirectory.load(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("policy"))
        let parameters = try DibaoParameters(book: book, region: RegionCode(prefix: "370321")!, on: date)
        #expect { try SideBySideBench.run(directory: directory, parameters: parameters, date: date, region: "370321") } throws: { error in
            guard case let SideBySideBench.Failure.line(file, line) = error else { return false }
            return file == "persons.csv" && line == 3
        }
    }
}
