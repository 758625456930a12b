/// Why a holiday CSV was rejected; `line` is 1-based in the input text.
public struct WorkingDayCalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Equatable {
        case missingHeader = "the first non-comment line must be `date,kind,name`"
        case fieldCount = "a row needs exactly three fields: date,kind,name"
        case badDate = "the date is not a real YYYY-MM-DD date"
        case badKind = "kind must be `holiday` or `workday`"
        case workdayNotOnWeekend = "an adjusted working day (调休上班日) must fall on a Saturday or Sunday"
        case duplicateDate = "the date is listed twice"
        case noRows = "the file lists no dates"
    }

    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "holiday CSV line \(line): \(reason.rawValue)" }
}
