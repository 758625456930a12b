import DoudiDomain
import Foundation

/// Runs the identity rules over a roll and reference batches, all in columns: the roll is
/// ordered by ID key once, each rule that needs a batch is a merge of two sorted key
/// columns, and the rules run side by side on every core. No row objects, no database;
/// the result is the list of hits in a fixed order (rule, then batch, then roll order),
/// the same on every run over the same data.
///
/// Source: the rules' own cases in `IdentityRule` (policy reference §4.3, §1.6).
public struct CrossCheckEngine: Sendable {
    public struct Batch: Sendable {
        public let kind: ReferenceKind
        public let columns: ReferenceColumns

        public init(kind: ReferenceKind, columns: ReferenceColumns) {
            self.kind = kind
            self.columns = columns
        }
    }

    public let roll: RollColumns
    /// The limits the 错保 rules judge each enrollment's department records by.
    public let wealth: WealthContext
    /// Roll rows ordered by key, and their keys in that order (the merges read keys in
    /// sequence, not through the row index).
    let order: [Int32]
    let orderedKeys: [UInt64]

    public init(roll: RollColumns, wealth: WealthContext) {
        self.roll = roll
        self.wealth = wealth
        (order, orderedKeys) = roll.orderByKey()
    }

    static let dibao = UInt8(Program.dibao.position)
    static let tekun = UInt8(Program.tekun.position)

    /// 低保 and 特困, in either order: a pair no one may hold at once.
    static func dibaoAndTekun(_ a: UInt8, _ b: UInt8) -> Bool { (a == dibao && b == tekun) || (a == tekun && b == dibao) }

    /// The hits of `rules`, matching each rule that needs a batch against every batch of its kind.
    public func run(rules: Set<IdentityRule>, batches: [Batch]) -> [CrossCheckHit] {
        var tasks: [@Sendable () -> [CrossCheckHit]] = []
        for rule in IdentityRule.allCases where rules.contains(rule) {
            if rule == .identityError || rule == .duplicateBenefit { tasks.append { self.withinRoll(rule) } }
            for (index, batch) in batches.enumerated() where batch.kind == rule.referenceKind {
                tasks.append { self.against(batch.columns, batch: Int32(index), rule: rule) }
            }
        }
        let work = tasks, results = ResultSlots(count: tasks.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { results.set($0, work[$0]()) }
        return homesOverLimit(results.values.flatMap { $0 }, batches: batches)
    }

    /// Homes are a household's, not a member's: a residential record is a signal only when
    /// the enrollment's members hold more homes between them than its limit
    /// (`WealthLimits.homes`: co-owners' rows of one home count once).
    func homesOverLimit(_ hits: [CrossCheckHit], batches: [Batch]) -> [CrossCheckHit] {
        var rows: [UInt32: [WealthLimits.HomeRow]] = [:]
        for hit in hits where hit.detail == .homes {
            let columns = batches[Int(hit.batch)].columns, k = Int(hit.batchRow), row = Int(hit.rollRow)
            let area = columns.amounts[k] == ReferenceColumns.noAmount ? nil : columns.amounts[k]
            let date = columns.dates[k] == ReferenceColumns.noDate ? nil : columns.dates[k]
            rows[roll.enrollments[row], default: []].append(.init(owner: UInt64(roll.persons[row]), area: area, date: date))
        }
        guard !rows.isEmpty else { return hits }
        let homes = rows.mapValues(WealthLimits.homes)
        return hits.compactMap { hit in
            guard hit.detail == .homes else { return hit }
            let enrollment = roll.enrollments[Int(hit.rollRow)], held = homes[enrollment]!
            guard wealth.limits(ofEnrollment: Int(enrollment)).property(.residential, homesInHousehold: held) != nil else { return nil }
            var kept = hit
            kept.figure = Int32(clamping: held)
            return kept
        }
    }

    /// Identity errors, and duplicates among the roll's own rows.
    func withinRoll(_ rule: IdentityRule) -> [CrossCheckHit] {
        var hits: [CrossCheckHit] = []
        if rule == .identityError {
            for row in 0..<roll.count where roll.identityProblems[row] != 0 {
                hits.append(CrossCheckHit(rule: rule, rollRow: Int32(row)))
            }
            return hits
        }
        var start = 0
        while start < order.count {
            let key = orderedKeys[start]
            var end = start + 1
            while end < order.count, orderedKeys[end] == key { end += 1 }
            if key != 0, end - start > 1 { duplicates(in: order[start..<end], into: &hits) }
            start = end
        }
        return hits
    }

    /// One key's rows: each problem is reported once, on the later row of the pair.
    private func duplicates(in rows: ArraySlice<Int32>, into hits: inout [CrossCheckHit]) {
        let live = rows.filter { roll.inForce[Int($0)] }
        for (position, row) in live.enumerated() {
            let r = Int(row)
            for other in live.prefix(position) {
                let o = Int(other)
                let detail: CrossCheckHit.Detail
                if roll.persons[r] != roll.persons[o] {
                    detail = .twoRecords
                } else if Self.dibaoAndTekun(roll.programs[r], roll.programs[o]) {
                    detail = .dibaoAndTekun
                } else if roll.programs[r] == roll.programs[o], roll.enrollments[r] != roll.enrollments[o] {
                    detail = .sameProgramTwice
                } else {
                    continue
                }
                hits.append(CrossCheckHit(rule: .duplicateBenefit, detail: detail, rollRow: row, otherRollRow: other))
                break
            }
        }
    }

    /// A merge of the ordered roll with a batch's sorted keys; each pair of rows with one
    /// key is kept if the rule says so.
    func against(_ columns: ReferenceColumns, batch: Int32, rule: IdentityRule) -> [CrossCheckHit] {
        var hits: [CrossCheckHit] = []
        var i = 0, j = 0
        let keys = columns.keys
        while i < order.count, j < keys.count {
            let key = orderedKeys[i]
            if key == 0 || key < keys[j] {
                i += 1
            } else if key > keys[j] {
                j += 1
            } else {
                let row = Int(order[i])
                var k = j
                while k < keys.count, keys[k] == key {
                    if let detail = verdict(rule, row: row, columns, k) {
                        hits.append(CrossCheckHit(rule: rule, detail: detail, rollRow: Int32(row), batch: batch, batchRow: Int32(k)))
                    }
                    k += 1
                }
                i += 1
            }
        }
        return hits
    }

    /// The hit's detail when the rule keeps the pair of rows, nil when it does not.
    private func verdict(_ rule: IdentityRule, row: Int, _ columns: ReferenceColumns, _ k: Int) -> CrossCheckHit.Detail? {
        switch rule {
        case .deceasedRecipient:
            // Still enrolled, or paid for a month after the one the person died in.
            let died = CivilDate(daysSinceEpoch: Int(columns.dates[k]))
            return roll.inForce[row] || roll.lastPaid[row] > Int32(died.year * 12 + died.month - 1) ? CrossCheckHit.Detail.none : nil
        case .duplicateBenefit:
            // The same program, or 低保 against 特困, on another county's roll (the first six
            // digits of the 12-digit codes differ).
            let theirs = UInt8(clamping: columns.codes[k]), ours = roll.programs[row]
            return roll.inForce[row] && (theirs == ours || Self.dibaoAndTekun(theirs, ours))
                && columns.extras[k] / 1_000_000 != Int64(roll.regions[row] / 1_000_000) ? .otherCountyRoll : nil
        case .staffRelative:
            return roll.inForce[row] ? CrossCheckHit.Detail.none : nil
        case .identityError:
            return nil
        case .vehicleOwner, .propertyOwner, .businessPerson, .publicPayroll, .pensionIncome, .providentFund:
            let program = roll.programs[row]
            guard roll.inForce[row], program == Self.dibao || program == Self.tekun else { return nil }
            return wealthSignal(rule, enrollment: Int(roll.enrollments[row]), columns, k).map(CrossCheckHit.Detail.init)
        }
    }

    /// A means-tested enrollment's department record against its region's limits. A
    /// residential record is provisionally `homes`: `homesOverLimit` counts the household's.
    private func wealthSignal(_ rule: IdentityRule, enrollment: Int, _ columns: ReferenceColumns, _ k: Int) -> WealthSignal? {
        let limits = wealth.limits(ofEnrollment: enrollment), code = Int(columns.codes[k])
        func money(_ value: Int64) -> Money? { value == ReferenceColumns.noAmount ? nil : Money(fen: value) }
        switch rule {
        case .vehicleOwner:
            return limits.vehicle(VehicleType(position: code) ?? .other)
        case .propertyOwner:
            let type = PropertyType(position: code) ?? .other
            return type == .residential ? .homes : limits.property(type, homesInHousehold: 0)
        case .businessPerson:
            let status = columns.extras[k] == ReferenceColumns.noAmount ? nil : BusinessStatus(position: Int(columns.extras[k]))
            return limits.business(BusinessType(position: code) ?? .other, status: status)
        case .publicPayroll:
            return .payroll
        case .pensionIncome:
            return limits.socialInsurance(InsuranceType(position: code) ?? .medical, base: money(columns.amounts[k]),
                                          pension: money(columns.extras[k]), members: Int(wealth.members[enrollment]),
                                          urban: wealth.urban[enrollment])
        case .providentFund:
            return limits.providentFund(deposit: money(columns.amounts[k]))
        default:
            return nil
        }
    }
}

/// Per-task result slots written from concurrent iterations, each slot by one task only.
final class ResultSlots: @unchecked Sendable {
    private(set) var values: [[CrossCheckHit]]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: [], count: count) }

    func set(_ index: Int, _ hits: [CrossCheckHit]) {
        lock.withLock { values[index] = hits }
    }
}
