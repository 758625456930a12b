import DoudiDomain
import Foundation

/// An entry's detail as a reader wants it: an import's JSON (file, hash, counts) becomes
/// labelled values, hashes shortened; any other detail is shown as stored.
enum AuditDetailText {
    /// A JSON scalar, decoded strictly (a 0 stays a number, never becomes "no").
    private enum Scalar: Decodable {
        case flag(Bool), number(Int64), text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? container.decode(Int64.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }
    }

    static func format(_ detail: String) -> String {
        guard detail.hasPrefix("{"), let object = try? JSONDecoder().decode([String: Scalar].self, from: Data(detail.utf8)) else {
            return detail
        }
        return object.keys.sorted { order($0) < order($1) }.map { key in
            let label = L("audit.detail.\(key)", orElse: key)
            return "\(label) \(text(object[key]!, key: key))"
        }.joined(separator: " · ")
    }

    private static let keyOrder = ["file", "rows", "added", "changed", "unchanged", "flagged", "legacy", "sha256"]

    private static func order(_ key: String) -> Int { keyOrder.firstIndex(of: key) ?? keyOrder.count }

    private static func text(_ value: Scalar, key: String) -> String {
        switch value {
        case let .flag(flag): L(flag ? "common.yes" : "common.no")
        case let .number(number): String(number)
        case let .text(text): key == "sha256" ? String(text.prefix(12)) + "…" : text
        }
    }
}
