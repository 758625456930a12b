import DoudiDomain
import Foundation

/// A JSON writer for the cross-check's evidence, which a run builds for every hit (tens of
/// thousands on a province): `JSONEncoder` spends most of that time in its generic
/// machinery. The output is byte for byte what `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (no spaces; `"` and `\` escaped, control characters as `\b`,
/// `\f`, `\n`, `\r`, `\t` or `\u00XX`; everything else as UTF-8), so evidence hashes stay
/// the same whichever wrote them. Callers write an object's keys in sorted order.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value in the open object or array needs a comma first.
    private var needsComma = false

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func object(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONText) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// A key of the open object; the value follows.
    mutating func key(_ name: String) {
        separate()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func value(_ text: String) {
        separate()
        quoted(text)
        needsComma = true
    }

    mutating func value(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        needsComma = true
    }

    mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
        needsComma = true
    }

    /// A UUID as `JSONEncoder` writes it: upper-case text (`UUIDText`, without `uuidString`'s `sprintf`).
    mutating func value(_ id: UUID) { value(UUIDText.string(id)) }

    /// `key: value`, left out when the value is nil (as synthesised `Encodable` does).
    mutating func field(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    mutating func field(_ name: String, _ id: UUID?) {
        guard let id else { return }
        key(name)
        value(id)
    }

    mutating func field(_ name: String, _ number: Int?) {
        guard let number else { return }
        key(name)
        value(number)
    }

    /// A string map, its keys sorted as `JSONEncoder` sorts them.
    mutating func field(_ name: String, _ map: [String: String]?) {
        guard let map else { return }
        key(name)
        object { json in
            for entry in map.sorted(by: { $0.key < $1.key }) {
                json.key(entry.key)
                json.value(entry.value)
            }
        }
    }

    mutating func field(_ name: String, _ list: [String]?) {
        guard let list else { return }
        key(name)
        array { json in for item in list { json.value(item) } }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most text needs no escape: copied whole, not byte by byte.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 { escaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0..<0x20:
            bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                      Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]]
        default: bytes.append(byte)
        }
    }
}
