import DoudiDomain
import DoudiMatch
import Foundation

/// The Doudi half of the OpenFisca side-by-side (docs/PERFORMANCE.md): reads
/// `households.csv` and `persons.csv` (`SideBySideFiles`), judges every household with the
/// production 低保 rules (`DibaoEvaluator`, explanations off), and writes
/// `doudi-results.csv` (`household,eligible,amount` in fen), end to end, timed by phase.
/// The files are mapped and parsed byte by byte on every core, each core taking a run of
/// whole households, so reading, judging and writing overlap within a core.
enum SideBySideBench {
    struct Timing {
        var read = 0.0, judge = 0.0, write = 0.0
        var total: Double { read + judge + write }
    }

    struct Tally: Equatable {
        var households = 0, persons = 0, eligible = 0
        var amount = Money.zero

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(households: a.households + b.households, persons: a.persons + b.persons, eligible: a.eligible + b.eligible,
                  amount: a.amount + b.amount)
        }
    }

    enum Failure: Error {
        case unreadable(String)
        case line(String, Int)
        case households(persons: Int, listed: Int)

        /// The message for the user, in the current locale.
        var message: String {
            switch self {
            case let .unreadable(file): L("bench.side_by_side.error.unreadable", ["file": file])
            case let .line(file, line): L("bench.side_by_side.error.line", ["file": file, "line": String(line)])
            case let .households(persons, listed): L("bench.side_by_side.error.households", ["persons": String(persons), "listed": String(listed)])
            }
        }
    }

    static func run(directory: URL, parameters: DibaoParameters, date: CivilDate, region: String) throws -> (Timing, Tally) {
        var timing = Timing()
        var start = DispatchTime.now().uptimeNanoseconds
        func lap() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            defer { start = now }
            return Double(now - start) / 1e9
        }
        let areas = try readAreas(directory.appendingPathComponent("households.csv").path)
        let persons = try map(directory.appendingPathComponent("persons.csv").path)
        timing.read = lap()

        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let parts = split(persons.bytes, into: cores)
        let outputs = WorkerSlots<(buffer: [UInt8], tally: Tally, error: Failure?)>(count: parts.count, empty: ([], Tally(), nil))
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(parts[index].count / 2)
            var tally = Tally()
            do throws(Failure) {
                try judge(persons.bytes, range: parts[index], areas: areas, region: region, date: date, parameters: parameters,
                          into: &buffer, tally: &tally)
                outputs.store((buffer, tally, nil), at: index)
            } catch {
                outputs.store(([], tally, error), at: index)
            }
        }
        // The workers read the mapping through `persons`; it is released only after them.
        withExtendedLifetime(persons) {}
        timing.judge = lap()
        let results = outputs.values
        if let failure = results.compactMap(\.error).first { throw failure }
        var file = Data("household,eligible,amount\n".utf8)
        for part in results { file.append(contentsOf: part.buffer) }
        try file.write(to: directory.appendingPathComponent("doudi-results.csv"))
        timing.write = lap()
        let tally = results.map(\.tally).reduce(Tally(), +)
        guard tally.households == areas.count else { throw Failure.households(persons: tally.households, listed: areas.count) }
        return (timing, tally)
    }

    /// 0 urban, 1 rural, by household index (rows must be 0, 1, 2, … in order).
    static func readAreas(_ path: String) throws -> [UInt8] {
        let file = try map(path)
        // The mapping must outlive the scan: the scanner holds only its bytes.
        return try withExtendedLifetime(file) { try readAreas(file.bytes) }
    }

    static func map(_ path: String) throws(Failure) -> MappedFile {
        do { return try MappedFile(path: path) } catch { throw .unreadable(path) }
    }

    static func readAreas(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> [UInt8] {
        var areas: [UInt8] = []
        var fields = FieldScanner(bytes, range: 0..<bytes.count)
        fields.skipLine()
        while !fields.atEnd {
            let line = fields.line
            let index = fields.integer()
            guard index == areas.count else { throw Failure.line("households.csv", line) }
            areas.append(fields.startsWith(UInt8(ascii: "u")) ? 0 : 1)
            fields.skipLine()
        }
        return areas
    }

    /// Byte ranges of whole lines, each starting where a household's first person does.
    static func split(_ bytes: UnsafeRawBufferPointer, into parts: Int) -> [Range<Int>] {
        var header = FieldScanner(bytes, range: 0..<bytes.count)
        header.skipLine()
        var bounds = [header.position]
        for part in 1..<parts {
            var cut = max(bounds.last!, bytes.count * part / parts)
            while cut < bytes.count, bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            // Move on past the rest of the household the cut fell in.
            var scanner = FieldScanner(bytes, range: cut..<bytes.count)
            var first = scanner
            let household = scanner.atEnd ? -1 : first.integer()
            while !scanner.atEnd {
                var probe = scanner
                if probe.integer() != household { break }
                scanner.skipLine()
            }
            bounds.append(household < 0 ? bytes.count : scanner.position)
        }
        bounds.append(bytes.count)
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
    }

    static func judge(_ bytes: UnsafeRawBufferPointer, range: Range<Int>, areas: [UInt8], region: String, date: CivilDate,
                      parameters: DibaoParameters, into out: inout [UInt8], tally: inout Tally) throws(Failure) {
        var fields = FieldScanner(bytes, range: range)
        // Lines count from the file's start, so an error names the line a person would find.
        func failure() -> Failure {
            Failure.line("persons.csv", bytes[0..<range.lowerBound].lazy.filter { $0 == UInt8(ascii: "\n") }.count + fields.line)
        }
        var situation = HouseholdSituation(region: region, area: .urban, members: [])
        var current = -1
        func finish() {
            guard current >= 0 else { return }
            let decision = DibaoEvaluator.evaluate(situation, on: date, parameters: parameters)
            let eligible = decision.status == .eligible
            let amount = eligible ? decision.amount.money : .zero
            out.appendDecimal(current); out.append(UInt8(ascii: ","))
            out.append(eligible ? UInt8(ascii: "1") : UInt8(ascii: "0")); out.append(UInt8(ascii: ","))
            out.appendDecimal(Int(amount.fen)); out.append(UInt8(ascii: "\n"))
            tally.households += 1
            if eligible { tally.eligible += 1; tally.amount = tally.amount + amount }
        }
        while !fields.atEnd {
            let household = fields.integer()
            guard household >= 0, household < areas.count, household >= current,
                  let birth = fields.date() else { throw failure() }
            let wages = fields.integer(), pension = fields.integer(), basic = fields.integer()
            guard wages >= 0, pension >= 0, basic >= 0 else { throw failure() }
            fields.skipLine()
            if household != current {
                finish()
                current = household
                situation.area = areas[household] == 0 ? .urban : .rural
                situation.members.removeAll(keepingCapacity: true)
            }
            var incomes: [IncomeItem] = []
            if wages > 0 { incomes.append(IncomeItem(kind: .wages, monthly: Money(fen: Int64(wages)))) }
            if pension > 0 { incomes.append(IncomeItem(kind: .pension, monthly: Money(fen: Int64(pension)))) }
            if basic > 0 { incomes.append(IncomeItem(kind: .basicPension, monthly: Money(fen: Int64(basic)))) }
            situation.members.append(MemberSituation(birthDate: birth, incomes: incomes))
            tally.persons += 1
        }
        finish()
    }
}

/// Reads comma-separated fields from mapped bytes without making strings.
struct FieldScanner {
    let bytes: UnsafeRawBufferPointer
    private(set) var position: Int
    let end: Int
    private(set) var line = 1

    init(_ bytes: UnsafeRawBufferPointer, range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    var atEnd: Bool { position >= end }

    func startsWith(_ byte: UInt8) -> Bool { position < end && bytes[position] == byte }

    /// A non-negative decimal, then its comma if any; -1 when there are no digits or more
    /// than 18 (a value that could overflow is a bad field, not a crash).
    mutating func integer() -> Int {
        var value = 0, digits = 0
        while position < end {
            let byte = bytes[position]
            guard byte >= 48, byte <= 57 else { break }
            if digits < 18 { value = value * 10 + Int(byte - 48) }
            digits += 1
            position += 1
        }
        if position < end, bytes[position] == UInt8(ascii: ",") { position += 1 }
        return digits > 0 && digits <= 18 ? value : -1
    }

    /// `YYYY-MM-DD`, then its comma.
    mutating func date() -> CivilDate? {
        guard position + 10 <= end, bytes[position + 4] == UInt8(ascii: "-"), bytes[position + 7] == UInt8(ascii: "-") else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for offset in 0..<count {
                let byte = bytes[position + from + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else { return nil }
        position += 10
        if position < end, bytes[position] == UInt8(ascii: ",") { position += 1 }
        return CivilDate(year: year, month: month, day: day)
    }

    mutating func skipLine() {
        while position < end, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        if position < end { position += 1 }
        line += 1
    }
}

extension Array where Element == UInt8 {
    /// A non-negative integer's decimal digits, without making a string.
    mutating func appendDecimal(_ value: Int) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
