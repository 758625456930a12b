import Foundation

/// A citizen identity number (公民身份号码) in its normalised 18-character form: 6-digit address
/// code, 8-digit birth date, 3-digit sequence (odd = male), check character.
///
/// Only `validate` and the checked initialisers create one, so every value is structurally valid:
/// 17 digits naming a possible province and a real birth date on or after 1850-01-01, and the
/// matching check character (upper-case `X` for 10).
///
/// Source: GB 11643-1999; policy reference §3.1.
public struct CitizenID: Hashable, Comparable, Sendable {
    /// The normalised 18-character value: 17 digits and a check character (`0`–`9` or upper-case `X`).
    public let value: String

    init(uncheckedValue: String) {
        value = uncheckedValue
    }

    /// Weights of ISO 7064:1983 MOD 11-2 for the 17 body digits: 2^(17−i) mod 11.
    ///
    /// Source: GB 11643-1999, 校验码; policy reference §3.1.
    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// Check characters indexed by S mod 11.
    ///
    /// Source: GB 11643-1999, 校验码; policy reference §3.1 ("10X98765432").
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The earliest birth year accepted: upgraded 15-digit numbers of centenarians give 18xx, and
    /// nobody alive since ID numbers were introduced (1984) was born before 1850.
    ///
    /// Source: lead engineer's specification for `CitizenIDFailure.birthDate`.
    public static let earliestBirthYear = 1850

    /// The check character for a 17-digit body, or nil when the body is not exactly 17 ASCII digits.
    ///
    /// Source: GB 11643-1999, 校验码 (ISO 7064 MOD 11-2).
    public static func checkCharacter(forBody body: some StringProtocol) -> Character? {
        var sum = 0
        var index = 0
        for byte in body.utf8 {
            guard index < 17, byte >= 0x30, byte <= 0x39 else { return nil }
            sum += Int(byte - 0x30) * weights[index]
            index += 1
        }
        guard index == 17 else { return nil }
        return checkCharacters[sum % 11]
    }

    /// A valid ID from `raw` (15 or 18 characters, surrounding whitespace and lower-case x allowed),
    /// or nil; use `validate` to learn why not.
    public init?(_ raw: String, today: CivilDate) {
        guard let id = Self.validate(raw, today: today, addressCodes: nil).citizenID else { return nil }
        self = id
    }

    public static func < (lhs: CitizenID, rhs: CitizenID) -> Bool { lhs.value < rhs.value }
}

// MARK: - Derived fields

extension CitizenID {
    private var bytes: String.UTF8View { value.utf8 }

    private func digits(_ range: Range<Int>) -> Int {
        var result = 0
        for byte in bytes.dropFirst(range.lowerBound).prefix(range.count) {
            result = result * 10 + Int(byte - 0x30)
        }
        return result
    }

    /// The 6-digit GB/T 2260 address code (county of first registration).
    public var addressCode: String { String(value.prefix(6)) }

    /// The birth date (characters 7–14).
    public var birthDate: CivilDate {
        guard let date = CivilDate(year: digits(6..<10), month: digits(10..<12), day: digits(12..<14)) else {
            preconditionFailure("CitizenID holds a validated birth date")
        }
        return date
    }

    /// The 3-digit sequence code (characters 15–17).
    public var sequence: Int { digits(14..<17) }

    /// From the parity of the 17th character.
    public var sex: Sex { Sex(sequenceDigit: digits(16..<17)) }

    /// The check character (the 18th).
    public var checkCharacter: Character { value.last ?? "0" }

    /// The 17-digit body as an integer (< 10^17 < 2^57). The check character follows from the body,
    /// so the key is lossless, and a 15-digit number packs to the key of its 18-digit upgrade.
    public var packedKey: UInt64 {
        var key: UInt64 = 0
        for byte in bytes.prefix(17) { key = key * 10 + UInt64(byte - 0x30) }
        return key
    }

    /// The ID whose body is `packedKey`, or nil if that body is not a structurally valid ID.
    /// No future-date check: a key carries no "today".
    public init?(packedKey: UInt64) {
        guard packedKey < 100_000_000_000_000_000 else { return nil }
        let digits = String(packedKey)
        let body = Array(repeating: UInt8(ascii: "0"), count: 17 - digits.utf8.count) + Array(digits.utf8)
        guard case let .success(id) = Self.parse(body: body, givenCheck: nil, today: nil) else { return nil }
        self = id
    }

    /// First four and last four characters, the rest as asterisks: "3703**********1234".
    ///
    /// Source: GB/T 35273-2020 (个人信息安全规范) counts 身份证件号码 as 个人敏感信息, so screens show it
    /// de-identified; the 4 + 10 + 4 pattern is the Doudi specification (lead engineer's brief).
    public func masked() -> String {
        String(value.prefix(4)) + String(repeating: "*", count: 10) + String(value.suffix(4))
    }
}

// MARK: - Text and coding

extension CitizenID: CustomStringConvertible {
    /// Masked, so that string interpolation into logs never leaks a full number; use `value` for storage.
    public var description: String { masked() }
}

extension CitizenID: Codable {
    /// Encoded as the 18-character `value`; decoding re-checks structure and check character.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let bytes = Array(text.utf8)
        guard bytes.count == 18,
              case let .success(id) = Self.parse(body: Array(bytes[0..<17]), givenCheck: bytes[17], today: nil)
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a valid citizen ID")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
