@testable import App
import DoudiDomain
import Foundation
import Testing

@Suite("Template file")
struct TemplateFileTests {
    /// A two-column file whose rows 3, 7, 11 … have an unreadable number.
    func file(rows: Int) -> ImportRequest {
        var text = "number,value\n"  // a column's key is accepted as its header
        for index in 1...rows { text += "N\(index),\(index % 4 == 2 ? "x" : String(index))\n" }
        let caller = Caller(userID: UUID(), username: "t", role: .administrator, scope: RegionCode("370000000000")!)
        return ImportRequest(fileName: "t.csv", data: Data(text.utf8), legacy: false, caller: caller, today: testToday, now: testNow)
    }

    let template: [ImportColumn] = [.required("number"), .required("value")]

    @Test("rows parsed in parallel chunks keep file order, and so do their issues", arguments: [1, 3, 7, 100])
    func keepsOrder(chunkSize: Int) throws {
        let (read, rows) = try TemplateFile.read(file(rows: 50), template: template, chunkSize: chunkSize) { reader -> String? in
            guard let value = reader.text("value"), Int(value) != nil else {
                reader.fail("value", reader.text("value") ?? "", "import.error.money.invalid")
                return nil
            }
            return reader.text("number")
        }
        let expected = (1...50).filter { $0 % 4 != 2 }.map { "N\($0)" }
        #expect(rows == expected)
        #expect(read.issues.map(\.line) == (1...50).filter { $0 % 4 == 2 }.map { $0 + 1 })
        #expect(!read.unreadable)
    }
}
