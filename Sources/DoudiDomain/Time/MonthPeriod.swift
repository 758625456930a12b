import Foundation

/// A calendar month, the period for which benefits are calculated and paid (按月发放).
///
/// Source: 《社会救助暂行办法》(国务院令第649号) art. 12 (低保金 按月发给: benefits are paid by the month); ISO 8601
/// calendar month notation "YYYY-MM".
public struct MonthPeriod: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int

    /// A month of years 1…9999, or nil.
    public init?(year: Int, month: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly "YYYY-MM".
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8.prefix(8))
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = CivilDate.decimal(bytes[0..<4]), let month = CivilDate.decimal(bytes[5..<7])
        else { return nil }
        self.init(year: year, month: month)
    }

    public init(containing date: CivilDate) {
        year = date.year
        month = date.month
    }

    /// `year * 12 + month - 1`: consecutive months have consecutive indexes.
    public var index: Int { year * 12 + month - 1 }

    /// The month with this index; traps outside years 1…9999.
    public init(index: Int) {
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        precondition(CivilDate.supportedYears.contains(year), "MonthPeriod out of range: index \(index)")
        self.year = year
        self.month = index - year * 12 + 1
    }

    /// "YYYY-MM".
    public var iso: String { CivilDate.isoText(year: year, month: month, day: nil) }

    public var next: MonthPeriod { adding(months: 1) }
    public var previous: MonthPeriod { adding(months: -1) }

    public func adding(months: Int) -> MonthPeriod { MonthPeriod(index: index + months) }

    /// Months from `self` to `other` (positive when `other` is later).
    public func months(until other: MonthPeriod) -> Int { other.index - index }

    public var dayCount: Int { CivilDate.daysInMonth(year: year, month: month) }

    public var firstDay: CivilDate {
        guard let day = CivilDate(year: year, month: month, day: 1) else { preconditionFailure("validated month") }
        return day
    }

    public var lastDay: CivilDate {
        guard let day = CivilDate(year: year, month: month, day: dayCount) else { preconditionFailure("validated month") }
        return day
    }

    public func contains(_ date: CivilDate) -> Bool { date.year == year && date.month == month }

    public static func < (lhs: MonthPeriod, rhs: MonthPeriod) -> Bool { lhs.index < rhs.index }
}

extension MonthPeriod: CustomStringConvertible {
    public var description: String { iso }
}

extension MonthPeriod: Codable {
    /// Encoded as "YYYY-MM".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = MonthPeriod(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a YYYY-MM month: \(text)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
