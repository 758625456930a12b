import DoudiSynthetic
import Foundation
import Testing

/// Headers must be exactly those of docs/import-templates.md and docs/reference-templates.md,
/// because the importers reject unknown columns.
@Suite("Headers match the documented templates")
struct TemplateHeaderTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    /// Section number of import-templates.md → file written.
    static let importSections = [
        1: "households.csv", 2: "enrollments.csv", 3: "payments.csv", 4: "incomes.csv", 5: "assets.csv",
        6: "relations.csv", 7: "adl.csv", 8: "accounts.csv", 9: "staff.csv", 10: "regions.csv",
    ]

    @Test("roll files use the import-templates.md columns, in its order")
    func rollHeaders() throws {
        let documented = try Self.importColumns()
        for (name, header) in TemplateHeaders.rollFiles {
            #expect(documented[name] == header, "\(name)")
            let table = Runs.small.table(name)
            #expect(table.header == header, "\(name) as written")
            #expect(table.hasBOM && table.usesCRLF, "\(name): UTF-8 BOM and CRLF for Excel")
            #expect(table.rows.allSatisfy { $0.count == header.count }, "\(name): ragged rows")
        }
    }

    /// The synthetic files hold a subset of each kind's columns, under its main headers (the
    /// alternatives a table lists in parentheses are accepted too, but not written).
    @Test("reference files use the reference-templates.md headers of their kind")
    func referenceHeaders() throws {
        let text = try String(contentsOf: Self.docs.appendingPathComponent("reference-templates.md"), encoding: .utf8)
        let documented = Self.tables(in: text) { heading in
            heading.split(separator: " ").dropFirst().first.map { String($0.split(separator: ":")[0]) + ".csv" }
        }.mapValues { names in names.map { $0.components(separatedBy: " (")[0] } }
        for (name, header) in TemplateHeaders.referenceFiles {
            let columns = try #require(documented[name], "\(name) has no section")
            #expect(header.allSatisfy(columns.contains), "\(name): \(header.filter { !columns.contains($0) })")
            #expect(Runs.small.table("references/" + name).header == header, "\(name) as written")
        }
    }

    /// Columns per file from import-templates.md: tables (sections 1–3) and comma lists (4–10).
    static func importColumns() throws -> [String: [String]] {
        let text = try String(contentsOf: docs.appendingPathComponent("import-templates.md"), encoding: .utf8)
        func file(_ heading: String) -> String? {
            guard let number = Int(heading.dropFirst(3).prefix { $0.isNumber }) else { return nil }
            return importSections[number]
        }
        var result = tables(in: text, file: file)
        for (heading, body) in sections(text) {
            guard let name = file(heading), result[name] == nil else { continue }
            // The column list is the section's first paragraph; later paragraphs are prose.
            let paragraph = body.drop { $0.isEmpty }.prefix { !$0.isEmpty }
            result[name] = commaList(paragraph.joined(separator: " "))
        }
        return result
    }

    static func sections(_ text: String) -> [(heading: String, body: [String])] {
        var result: [(String, [String])] = []
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("## ") { result.append((line, [])) } else if !result.isEmpty { result[result.count - 1].1.append(line) }
        }
        return result
    }

    /// First-column names of each section's table; "a / b / c" rows name several columns.
    static func tables(in text: String, file: (String) -> String?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (heading, body) in sections(text) {
            guard let name = file(heading) else { continue }
            let rows = body.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| 列名") }
            guard !rows.isEmpty else { continue }
            result[name] = rows.flatMap { row in
                row.split(separator: "|")[0].components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        return result
    }

    /// "公民身份号码★, 收入类别★ (a / b), 金额★ (yuan)." → names without ★ and remarks.
    static func commaList(_ text: String) -> [String] {
        var names: [String] = []
        var current = "", depth = 0
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                names.append(current); current = ""
            default: if depth == 0 { current.append(character) }
            }
        }
        names.append(current)
        return names.map { $0.replacingOccurrences(of: "★", with: "").trimmingCharacters(in: CharacterSet(charactersIn: " .")) }
            .filter { !$0.isEmpty }
    }
}
