/// Byte-level reader for the region catalogue CSV (`code,name,urban_rural,valid_from,valid_to`).
///
/// A national file has about 700,000 rows (policy reference §3.3: 713,479 in 2018), so it walks the
/// bytes once and creates only the strings it keeps; splitting into line Strings first would
/// allocate millions of temporaries. Fields follow RFC 4180: any field may be double-quoted, with
/// `""` for a quote inside.
struct RegionCSVParser {
    static let header = Array("code,name,urban_rural,valid_from,valid_to".utf8)

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private struct Field {
        var slice: Slice<UnsafeBufferPointer<UInt8>>
        var hasEscapedQuotes: Bool
    }

    /// Parses every row; `lines[i]` is the line of `regions[i]`.
    mutating func parse() throws(RegionCatalogError) -> (regions: [Region], lines: [Int]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let headerEnd = endOfLine(from: position)
        var headerBytes = bytes[position..<headerEnd]
        if headerBytes.last == UInt8(ascii: "\r") { headerBytes = headerBytes.dropLast() }
        guard headerBytes.elementsEqual(Self.header) else { throw .init(line: 1, reason: .badHeader) }
        position = headerEnd
        var regions: [Region] = []
        var lines: [Int] = []
        regions.reserveCapacity(bytes.count / 40)
        lines.reserveCapacity(bytes.count / 40)
        // Invariant: `position` is at a line break or the end of input.
        while position < bytes.count {
            skipLineBreak()
            if position == bytes.count { break }
            if isLineBreak(at: position) { continue }
            let rowLine = line
            regions.append(try row())
            lines.append(rowLine)
        }
        return (regions, lines)
    }

    /// `\n` or `\r\n` starts at `index`.
    private func isLineBreak(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"))
    }

    private func endOfLine(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// Consumes the line break at `position`.
    private mutating func skipLineBreak() {
        if bytes[position] == UInt8(ascii: "\r") { position += 1 }
        position += 1
        line += 1
    }

    private mutating func row() throws(RegionCatalogError) -> Region {
        let rowLine = line
        var fields: (Field, Field, Field, Field, Field)
        let first = try field()
        fields = (first, first, first, first, first)
        var count = 1
        while position < bytes.count, bytes[position] == UInt8(ascii: ",") {
            position += 1
            let next = try field()
            count += 1
            switch count {
            case 2: fields.1 = next
            case 3: fields.2 = next
            case 4: fields.3 = next
            case 5: fields.4 = next
            default: break
            }
        }
        guard count == 5 else { throw .init(line: rowLine, reason: .fieldCount(count)) }

        let codeBytes = fields.0.slice
        guard codeBytes.count == 12, codeBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .init(line: rowLine, reason: .badCode)
        }
        guard RegionCode.isConsistent(codeBytes) else { throw .init(line: rowLine, reason: .inconsistentCode) }

        let name = try text(fields.1, line: rowLine)
        guard !name.isEmpty else { throw .init(line: rowLine, reason: .emptyName) }

        var urbanRural: UrbanRuralCode?
        if !fields.2.slice.isEmpty {
            guard fields.2.slice.count == 3, let value = CivilDate.decimal(fields.2.slice),
                  let code = UrbanRuralCode(rawValue: value) else { throw .init(line: rowLine, reason: .badUrbanRural) }
            urbanRural = code
        }
        let validFrom = try date(fields.3, line: rowLine)
        let validTo = try date(fields.4, line: rowLine)
        if let validFrom, let validTo, validTo < validFrom {
            throw .init(line: rowLine, reason: .validToBeforeValidFrom)
        }
        return Region(code: RegionCode(checkedBytes: codeBytes), name: name, urbanRural: urbanRural,
                      validFrom: validFrom, validTo: validTo)
    }

    /// Reads one field; leaves `position` on the `,`, line break or end that follows it.
    private mutating func field() throws(RegionCatalogError) -> Field {
        let fieldLine = line
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") || isLineBreak(at: position) { break }
                if byte == UInt8(ascii: "\"") { throw .init(line: fieldLine, reason: .badQuoting) }
                position += 1
            }
            return Field(slice: bytes[start..<position], hasEscapedQuotes: false)
        }
        position += 1
        let start = position
        var escaped = false
        while true {
            guard position < bytes.count else { throw .init(line: fieldLine, reason: .badQuoting) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") {
                    escaped = true
                    position += 2
                    continue
                }
                break
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        let end = position
        position += 1
        if position < bytes.count {
            guard bytes[position] == UInt8(ascii: ",") || isLineBreak(at: position) else { throw .init(line: fieldLine, reason: .badQuoting) }
        }
        return Field(slice: bytes[start..<end], hasEscapedQuotes: escaped)
    }

    private func text(_ field: Field, line: Int) throws(RegionCatalogError) -> String {
        guard field.hasEscapedQuotes else { return try decode(field.slice, line: line) }
        var unescaped: [UInt8] = []
        var index = field.slice.startIndex
        while index < field.slice.endIndex {
            unescaped.append(field.slice[index])
            index += field.slice[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return try decode(unescaped, line: line)
    }

    private func decode(_ raw: some Collection<UInt8>, line: Int) throws(RegionCatalogError) -> String {
        let string = String(decoding: raw, as: UTF8.self)
        // Decoding replaces invalid sequences with U+FFFD, so any difference means bad input.
        guard string.utf8.elementsEqual(raw) else { throw .init(line: line, reason: .invalidUTF8) }
        return string
    }

    private func date(_ field: Field, line: Int) throws(RegionCatalogError) -> CivilDate? {
        guard !field.slice.isEmpty else { return nil }
        guard let date = CivilDate(isoBytes: field.slice) else { throw .init(line: line, reason: .badDate) }
        return date
    }
}
