import DoudiDomain
import Foundation
import Yams

/// Finds the fields of an input that its decoded value does not know.
///
/// `Decodable` ignores keys it has no use for, so a misspelt field (`income:` for
/// `incomes:`) in a test case or an evaluate line would be dropped without a word and the
/// case would test something other than what it says. The check re-encodes the decoded
/// value with the same coding keys and reports every key of the input, at any depth,
/// that the re-encoding lacks. Explicit nulls are skipped: they decode to nothing and
/// mean nothing.
public enum UnknownFields {
    /// A document's shape: objects with their keys (and, from YAML, each key's line),
    /// arrays, and everything else.
    indirect enum Shape {
        case object([String: (line: Int?, shape: Shape)])
        case array([Shape])
        case null
        case leaf
    }

    /// One unknown field: its path (`members[0].income`) and, from YAML, its line.
    public struct Field: Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let line: Int?
        public var description: String { line.map { L("policy.case.field_at_line", ["path": path, "line": String($0)]) } ?? path }
    }

    /// Unknown fields of a JSON document, given the value it decoded to.
    public static func inJSON<T: Encodable>(_ data: Data, decoded: T) throws -> [Field] {
        let input = shape(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        return compare(input, with: try known(decoded), path: "")
    }

    /// Unknown fields of a YAML node, given the value it decoded to.
    public static func inYAML<T: Encodable>(_ node: Node, decoded: T) throws -> [Field] {
        compare(shape(yaml: node), with: try known(decoded), path: "")
    }

    private static func known<T: Encodable>(_ value: T) throws -> Shape {
        shape(json: try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value), options: [.fragmentsAllowed]))
    }

    static func shape(json: Any) -> Shape {
        switch json {
        case let object as [String: Any]: .object(object.mapValues { (nil, shape(json: $0)) })
        case let array as [Any]: .array(array.map(shape(json:)))
        case is NSNull: .null
        default: .leaf
        }
    }

    static func shape(yaml node: Node) -> Shape {
        switch node {
        case let .mapping(mapping):
            var fields: [String: (line: Int?, shape: Shape)] = [:]
            for (key, value) in mapping { fields[key.scalar?.string ?? ""] = (key.mark.map { $0.line }, shape(yaml: value)) }
            return .object(fields)
        case let .sequence(sequence): return .array(sequence.map(shape(yaml:)))
        case let .scalar(scalar):
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) ? .null : .leaf
        default: return .leaf
        }
    }

    static func compare(_ input: Shape, with known: Shape, path: String) -> [Field] {
        switch (input, known) {
        case let (.object(fields), .object(knownFields)):
            return fields.sorted { $0.key < $1.key }.flatMap { key, entry -> [Field] in
                let here = path.isEmpty ? key : "\(path).\(key)"
                if case .null = entry.shape { return [] }
                guard let match = knownFields[key] else { return [Field(path: here, line: entry.line)] }
                return compare(entry.shape, with: match.shape, path: here)
            }
        case let (.array(items), .array(knownItems)):
            return zip(items, knownItems).enumerated().flatMap { index, pair in compare(pair.0, with: pair.1, path: "\(path)[\(index)]") }
        default:
            // A value its type decodes from another shape (a money amount from a number or
            // a string) has no fields to compare.
            return []
        }
    }
}
