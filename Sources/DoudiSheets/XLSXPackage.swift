import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx: recognises what the bytes are, and hands out
/// parts only after their CRC and size were checked, so a cut-off upload is
/// reported as `truncated` instead of as odd XML.
struct XLSXPackage {
    /// No part of a sane registry workbook unpacks to more than this.
    static let maxPartSize = 1 << 30

    private let archive: Archive
    /// Entries by lower-cased path: OPC part names are case-insensitive.
    private let entries: [String: Entry]

    init(data: Data) throws {
        let magic = [UInt8](data.prefix(8))
        if magic == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            throw XLSXError(code: .oldOrEncryptedFormat, encrypted: XLSXPackage.hasEncryptedPackage(data))
        }
        guard magic.count >= 4, magic[0] == 0x50, magic[1] == 0x4B else {
            throw XLSXError(code: .notZip)
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(code: .truncated)
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entry
        }
        self.archive = archive
        self.entries = entries
    }

    func contains(_ part: String) -> Bool {
        entries[part.lowercased()] != nil
    }

    /// The bytes of `part`, or nil if the package has no such part.
    func read(_ part: String) throws -> Data? {
        guard let entry = entries[part.lowercased()] else { return nil }
        guard entry.uncompressedSize <= UInt64(XLSXPackage.maxPartSize) else {
            throw XLSXError(code: .partTooLarge, part: part)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The declared size can lie; stop a ZIP bomb while it inflates.
                if data.count > XLSXPackage.maxPartSize {
                    throw XLSXError(code: .partTooLarge, part: part)
                }
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(code: .truncated, part: part)
        }
        guard checksum == entry.checksum, UInt64(data.count) == entry.uncompressedSize else {
            throw XLSXError(code: .truncated, part: part)
        }
        return data
    }

    func require(_ part: String) throws -> Data {
        guard let data = try read(part) else { throw XLSXError(code: .missingPart, part: part) }
        return data
    }

    /// An encrypted OOXML file is an OLE2 file with a stream named "EncryptedPackage";
    /// stream names are stored in UTF-16LE in the directory, so a byte search finds it.
    private static func hasEncryptedPackage(_ data: Data) -> Bool {
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }

    /// Resolves a relationship target against the part that holds the relationship.
    static func resolve(target: String, from sourcePart: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = sourcePart.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }

    /// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    static func relationshipsPart(for part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let file = components.popLast() ?? ""
        return (components + ["_rels", file + ".rels"]).joined(separator: "/")
    }
}
