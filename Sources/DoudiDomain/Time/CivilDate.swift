import Foundation

/// A calendar day in the proleptic Gregorian calendar, with no time or time zone attached.
///
/// Calendar days in Doudi are days in Asia/Shanghai (UTC+8, no daylight saving since 1991), so
/// `today(at:)` converts an instant with that fixed offset. All arithmetic is integer arithmetic
/// on a day count (days since 1970-01-01) so that hot paths never touch Foundation's Calendar.
///
/// Source: ISO 8601 (calendar dates, "YYYY-MM-DD"); GB/T 7408 (the Chinese adoption of it,
/// cited by GB 11643-1999 for the birth-date part of an ID number).
public struct CivilDate: Hashable, Comparable, Sendable {
    /// `year << 9 | month << 5 | day`: four bytes per date (catalogues hold hundreds of thousands
    /// of them), and ordered the same way as the dates themselves.
    private let packed: Int32

    /// Years that print as four ISO digits; an ID birth date or a benefit period never leaves them.
    public static let supportedYears: ClosedRange<Int> = 1...9999

    /// The calendar year, 1…9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1…12.
    public var month: Int { Int((packed >> 5) & 0xF) }
    /// The day of the month, 1…31.
    public var day: Int { Int(packed & 0x1F) }

    /// A real Gregorian date, or nil (for example 2023-02-29, 2024-04-31, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysInMonth(year: year, month: month) else { return nil }
        self.init(unchecked: year, month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        packed = Int32(year << 9 | month << 5 | day)
    }

    /// Parses exactly "YYYY-MM-DD" (ASCII digits, hyphens, no surrounding whitespace) naming a real date.
    public init?(iso text: some StringProtocol) {
        self.init(isoBytes: text.utf8)
    }

    /// `init?(iso:)` over raw bytes, for parsers that never build a String.
    init?(isoBytes bytes: some Collection<UInt8>) {
        guard bytes.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            switch index {
            case 0..<4: year = year * 10 + digit
            case 5..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        self.init(year: year, month: month, day: day)
    }

    /// The value of a run of ASCII digits, or nil if any byte is not a digit (or there are none).
    static func decimal(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// "YYYY-MM-DD".
    public var iso: String { Self.isoText(year: year, month: month, day: day) }

    /// "YYYY-MM" or "YYYY-MM-DD" (`day` nil or not), written in place: imports format a
    /// date for every person and a month for every payment they store. Years are
    /// 1…9999 (`supportedYears`), so four digits always suffice.
    static func isoText(year: Int, month: Int, day: Int?) -> String {
        String(unsafeUninitializedCapacity: day == nil ? 7 : 10) { buffer in
            func digit(_ value: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + value % 10) }
            buffer[0] = digit(year / 1000); buffer[1] = digit(year / 100); buffer[2] = digit(year / 10); buffer[3] = digit(year)
            buffer[4] = UInt8(ascii: "-")
            buffer[5] = digit(month / 10); buffer[6] = digit(month)
            guard let day else { return 7 }
            buffer[7] = UInt8(ascii: "-")
            buffer[8] = digit(day / 10); buffer[9] = digit(day)
            return 10
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in the month; 0 for a month outside 1…12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.packed < rhs.packed }
}

// MARK: - Day arithmetic

extension CivilDate {
    /// Days since 1970-01-01 (which is 0); negative before it.
    ///
    /// Source: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil
    /// (eras of 400 years = 146,097 days).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01. Traps outside years 1…9999, which no Doudi date reaches.
    ///
    /// Source: H. Hinnant, civil_from_days.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(Self.supportedYears.contains(year), "CivilDate out of range: \(days) days since epoch")
        self.init(unchecked: year, month, day)
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4).
    public var weekday: Int {
        let d = daysSinceEpoch + 3
        return (d % 7 + 7) % 7 + 1
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The same day `months` later (or earlier), clamped to the last day of a shorter month:
    /// 2024-01-31 + 1 month = 2024-02-29.
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        precondition(Self.supportedYears.contains(newYear), "CivilDate out of range")
        return CivilDate(unchecked: newYear, newMonth, min(day, Self.daysInMonth(year: newYear, month: newMonth)))
    }
}

// MARK: - Today and age

extension CivilDate {
    /// Seconds east of UTC for Asia/Shanghai, fixed since China dropped daylight saving in 1991.
    ///
    /// Source: IANA tz database, zone Asia/Shanghai (CST, UTC+8; last DST rule 1991).
    public static let shanghaiOffsetSeconds = 8 * 3600

    /// The Asia/Shanghai calendar day containing `instant`.
    public static func today(at instant: Date = Date()) -> CivilDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + shanghaiOffsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CivilDate(daysSinceEpoch: days)
    }

    /// Completed years of age on `date` for someone born on `self`; negative if `date` is earlier.
    /// Someone born on 29 February becomes a year older on 1 March in a common year.
    ///
    /// Source: 周岁 counted by Gregorian year, month and day, as Chinese administrative practice does;
    /// the 29 February convention is the Doudi specification's (lead engineer's brief), because an
    /// anniversary that does not exist in a common year is reached once 28 February has passed.
    public func age(on date: CivilDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }
}

// MARK: - Text and coding

extension CivilDate: CustomStringConvertible {
    public var description: String { iso }
}

extension CivilDate: Codable {
    /// Encoded as the ISO string so JSON and database columns read naturally.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a YYYY-MM-DD date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
