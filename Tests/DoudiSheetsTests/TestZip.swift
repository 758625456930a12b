import Foundation

/// Builds a ZIP with stored (uncompressed) entries, so tests can hand-craft
/// workbooks part by part, and the reader is also checked against a ZIP that
/// ZIPFoundation did not write.
enum TestZip {
    static func make(_ entries: [(path: String, text: String)]) -> Data {
        make(entries.map { ($0.path, Data($0.text.utf8)) })
    }

    static func make(_ entries: [(path: String, data: Data)]) -> Data {
        var out = Data()
        var central = Data()
        for (path, data) in entries {
            let name = Data(path.utf8)
            let crc = crc32(data)
            let offset = UInt32(out.count)
            out.append(le32(0x0403_4B50))
            out.append(le16(20)); out.append(le16(0x0800)); out.append(le16(0))    // version, UTF-8 flag, stored
            out.append(le16(0)); out.append(le16(0x21))                            // time, date (1980-01-01)
            out.append(le32(crc)); out.append(le32(UInt32(data.count))); out.append(le32(UInt32(data.count)))
            out.append(le16(UInt16(name.count))); out.append(le16(0))
            out.append(name); out.append(data)

            central.append(le32(0x0201_4B50))
            central.append(le16(20)); central.append(le16(20)); central.append(le16(0x0800)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0x21))
            central.append(le32(crc)); central.append(le32(UInt32(data.count))); central.append(le32(UInt32(data.count)))
            central.append(le16(UInt16(name.count))); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0)); central.append(le32(0)); central.append(le32(offset))
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32(0x0605_4B50)); out.append(le16(0)); out.append(le16(0))
        out.append(le16(UInt16(entries.count))); out.append(le16(UInt16(entries.count)))
        out.append(le32(UInt32(central.count))); out.append(le32(centralOffset)); out.append(le16(0))
        return out
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}
