import Foundation

/// Working days (工作日) in mainland China: Monday to Friday, minus the public holidays, plus the
/// weekend days the State Council moves work to (调休上班日).
///
/// Deadlines in social assistance are counted in working days (e.g. 低保 review within 30 working
/// days under 57号; 特困 15 + 15 under 43号; policy reference §5 item 4), so those
/// deadlines need this calendar rather than plain day counts.
///
/// Source: 《全国年节及纪念日放假办法》 (国务院令第270号, as amended 2024 by 国务院令第795号) and the
/// yearly 国务院办公厅关于部分节假日安排的通知; data from PyPI `chinese-calendar` (see
/// Resources/PROVENANCE.md and scripts/data/generate_holidays.py).
public struct WorkingDayCalendar: Sendable {
    /// Years for which the yearly holiday notices are included; outside them only the weekday rule is known.
    public let coveredYears: ClosedRange<Int>
    /// `daysSinceEpoch` of 1 January of the first covered year.
    private let firstDay: Int
    /// Whether each covered day is a working day, indexed by `daysSinceEpoch - firstDay`.
    private let working: [Bool]
    /// `workingBefore[i]` = working days among covered days `0..<i`, so ranges count in O(1).
    private let workingBefore: [Int32]
    /// Holiday names by day, for display ("National Day").
    private let names: [Int: String]

    /// Parses `date,kind,name` rows (kind `holiday` or `workday`); lines starting with `#` are comments.
    /// The covered years run from the first to the last year that has a row.
    public init(csv: String) throws(WorkingDayCalendarError) {
        var entries: [Int: Bool] = [:]
        var names: [Int: String] = [:]
        var sawHeader = false
        var lineNumber = 0
        // Split on Character newlines: "\r\n" is a single Character in Swift, so splitting on "\n" would miss it.
        for line in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard sawHeader else {
                guard line == "date,kind,name" else { throw .init(line: lineNumber, reason: .missingHeader) }
                sawHeader = true
                continue
            }
            let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { throw .init(line: lineNumber, reason: .fieldCount) }
            guard let date = CivilDate(iso: fields[0]) else { throw .init(line: lineNumber, reason: .badDate) }
            let isWorking: Bool
            switch fields[1] {
            case "holiday": isWorking = false
            case "workday":
                guard date.isWeekend else { throw .init(line: lineNumber, reason: .workdayNotOnWeekend) }
                isWorking = true
            default: throw .init(line: lineNumber, reason: .badKind)
            }
            let day = date.daysSinceEpoch
            guard entries.updateValue(isWorking, forKey: day) == nil else {
                throw .init(line: lineNumber, reason: .duplicateDate)
            }
            if !fields[2].isEmpty { names[day] = String(fields[2]) }
        }
        guard sawHeader else { throw .init(line: lineNumber, reason: .missingHeader) }
        let years = entries.keys.map { CivilDate(daysSinceEpoch: $0).year }
        guard let first = years.min(), let last = years.max() else { throw .init(line: lineNumber, reason: .noRows) }

        coveredYears = first...last
        firstDay = CivilDate(year: first, month: 1, day: 1)!.daysSinceEpoch
        let end = CivilDate(year: last, month: 12, day: 31)!.daysSinceEpoch
        var working: [Bool] = []
        var before: [Int32] = [0]
        working.reserveCapacity(end - firstDay + 1)
        before.reserveCapacity(end - firstDay + 2)
        for day in firstDay...end {
            let isWorking = entries[day] ?? !CivilDate(daysSinceEpoch: day).isWeekend
            working.append(isWorking)
            before.append(before[before.count - 1] + (isWorking ? 1 : 0))
        }
        self.working = working
        self.workingBefore = before
        self.names = names
    }

    /// The bundled national calendar (Resources/holidays-cn.csv).
    public static let china: WorkingDayCalendar = {
        guard let url = Bundle.module.url(forResource: "holidays-cn", withExtension: "csv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("DoudiDomain resource Resources/holidays-cn.csv is missing")
        }
        do { return try WorkingDayCalendar(csv: text) } catch {
            preconditionFailure("bundled holidays-cn.csv is invalid: \(error)")
        }
    }()

    /// Whether the calendar knows the official arrangement for the date's year.
    public func covers(_ date: CivilDate) -> Bool { coveredYears.contains(date.year) }

    private func offset(_ date: CivilDate) -> Int? {
        covers(date) ? date.daysSinceEpoch - firstDay : nil
    }

    /// Whether `date` is a working day. Outside `coveredYears` no holiday notice is known, so only
    /// the weekday rule applies; callers that need certainty check `covers(_:)` first.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        guard let index = offset(date) else { return !date.isWeekend }
        return working[index]
    }

    /// The holiday or adjusted-working-day name listed for `date`, if any.
    public func name(of date: CivilDate) -> String? { names[date.daysSinceEpoch] }

    /// The date `n` working days after `date` (before it when `n` is negative); `date` itself
    /// does not count, so `n == 0` returns `date`. Nil if the walk leaves the covered years.
    ///
    /// Source: 《民法典》第二百零一条 (a period counted in days starts on the day after the
    /// triggering day), the reading used for 低保 deadlines in 工作日.
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate? {
        guard var index = offset(date) else { return nil }
        var remaining = n.magnitude
        let step = n >= 0 ? 1 : -1
        while remaining > 0 {
            index += step
            guard working.indices.contains(index) else { return nil }
            if working[index] { remaining -= 1 }
        }
        return CivilDate(daysSinceEpoch: firstDay + index)
    }

    /// Working days in `from...through`, both ends included; 0 when `through` is before `from`;
    /// nil if either end is outside the covered years.
    public func workingDays(from: CivilDate, through: CivilDate) -> Int? {
        guard let start = offset(from), let end = offset(through) else { return nil }
        guard start <= end else { return 0 }
        return Int(workingBefore[end + 1] - workingBefore[start])
    }
}
