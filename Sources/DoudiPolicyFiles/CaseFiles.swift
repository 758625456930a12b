import DoudiDomain
import Foundation
import Yams

/// Reads YAML case files (each a list of cases) of one format: every `*.yaml` under a
/// directory, a field the format does not know failing its file with the field's path
/// and line, so a misspelt input or expectation never passes unnoticed.
enum CaseFiles {
    static func load<Case: Codable>(_ directory: URL, as type: Case.Type, skipping skipped: URL? = nil) throws -> [(file: String, item: Case)] {
        var cases: [(String, Case)] = []
        let skippedPrefix = skipped.map { $0.path + "/" }
        for url in YAMLFiles.list(in: directory) where skippedPrefix.map({ !url.path.hasPrefix($0) }) ?? true {
            let text = try String(contentsOf: url, encoding: .utf8)
            let relative = url.lastPathComponent
            do {
                guard let node = try Yams.compose(yaml: text) else { continue }
                let loaded = try YAMLDecoder().decode([Case].self, from: node)
                let unknown = try UnknownFields.inYAML(node, decoded: loaded)
                if !unknown.isEmpty {
                    throw CaseFileError(file: relative, detail: L("policy.case.unknown_fields", ["fields": unknown.map(\.description).joined(separator: "、")]))
                }
                cases += loaded.map { (relative, $0) }
            } catch let error as CaseFileError {
                throw error
            } catch {
                throw CaseFileError(file: relative, detail: String(describing: error))
            }
        }
        return cases
    }
}

/// A case format whose cases remember the file they came from (for failure messages).
public protocol CaseFileItem: Codable, CustomStringConvertible {
    /// The case's name, as its file writes it.
    var name: String { get }
    var file: String { get set }
}

extension CaseFileItem {
    /// `file: name`, how a failing case is named.
    public var description: String { "\(file): \(name)" }
}

extension CaseFileItem {
    /// Every case under `directory` (`*.yaml`, each a list of cases), `skipped` aside.
    public static func load(_ directory: URL, skipping skipped: URL? = nil) throws -> [Self] {
        try CaseFiles.load(directory, as: Self.self, skipping: skipped).map { file, item in
            var item = item
            item.file = file
            return item
        }
    }
}

/// A case file that cannot be read, with the reason.
public struct CaseFileError: Error, CustomStringConvertible {
    public let file: String
    public let detail: String
    public var description: String { "\(file): \(detail)" }
}
