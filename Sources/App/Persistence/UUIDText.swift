import Foundation

/// A UUID's canonical text (upper case, as `uuidString` and SQLKit store it on SQLite),
/// built from a lookup table. Foundation's `uuidString` formats through `sprintf`, which
/// cost several per cent of a million-row import that writes four keys per person.
enum UUIDText {
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    static func string(_ id: UUID) -> String {
        withUnsafeBytes(of: id.uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { buffer in
                var out = 0
                for (index, byte) in raw.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        buffer[out] = UInt8(ascii: "-")
                        out += 1
                    }
                    buffer[out] = hexDigits[Int(byte >> 4)]
                    buffer[out + 1] = hexDigits[Int(byte & 0x0F)]
                    out += 2
                }
                return out
            }
        }
    }
}
