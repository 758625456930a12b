import DoudiDomain
import Foundation

/// Writes the five department datasets the cross-check engine matches against the roll.
///
/// Most rows are outsiders: people anywhere in Shandong with IDs from the allocator's outsider
/// half, so they can never match the roll by accident. A seeded sample of roll members (chosen
/// while the roll streamed) is spread through each file by selection sampling, so exactly that
/// many rows hit and they sit at random positions. Files are independent, each with its own
/// generator stream, so they are written in parallel and still come out byte-identical.
struct ReferenceGenerator: Sendable {
    struct Written: Sendable {
        let name: String
        let rows: Int
        let enrolledHits: Int
        let otherHits: Int
        /// The findings each hit must give.
        let planted: PlantedFindings
    }

    let seed: UInt64
    let asOf: CivilDate
    let unitCount: Int
    let enrolledHits: [[HitPerson]]
    let otherHits: [[HitPerson]]
    let staff: [(member: SynthStaff, countyIndex: Int)]
    let kin: [KinLink]
    /// The roll members the poverty-monitoring list names.
    let monitored: [MonitoredPerson]
    /// The 错保 limits of each county a hit lives in, by county index, on `asOf`.
    let limits: [Int: WealthLimits]

    func rowCount(_ kind: SyntheticReference) -> Int {
        let (numerator, denominator) = kind.rowsPerUnit
        return Int(Int64(unitCount) * Int64(numerator) / Int64(denominator))
    }

    func write(to directory: URL, progress: (@Sendable (String, Int) -> Void)?) throws -> [Written] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let results = ResultSlots(count: SyntheticReference.allCases.count)
        // Largest first, so two cores finish at about the same time.
        let order: [SyntheticReference] = [.vehicles, .realEstate, .deaths, .businesses, .payroll, .socialInsurance, .providentFund,
                                           .programRolls, .povertyMonitoring, .staffRelatives]
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            let kind = order[slot]
            results.set(kind.rawValue, Result { try writeFile(kind, directory: directory, progress: progress) })
        }
        return try results.values().map { try $0.get() }
    }

    private func writeFile(_ kind: SyntheticReference, directory: URL, progress: (@Sendable (String, Int) -> Void)?) throws -> Written {
        let (name, header) = TemplateHeaders.referenceFiles[kind.rawValue]
        let file = try TableFile(directory: directory, name: name, header: header)
        var rows = ReferenceRows(kind: kind, seed: seed, asOf: asOf)
        var planted = PlantedFindings()
        if kind == .staffRelatives { return try writeRelatives(file, rows: &rows, progress: progress) }
        if kind == .povertyMonitoring { return try writeMonitoring(file, rows: &rows, progress: progress) }
        var hits = enrolledHits[kind.rawValue].map { ($0, true) } + otherHits[kind.rawValue].map { ($0, false) }
        // Shuffle so enrolled and other hits (and villages) are interleaved.
        var shuffle = SplitMix64(seed: seed, stream: 0x5348_0000 | UInt64(kind.rawValue))
        if hits.count > 1 {
            for index in stride(from: hits.count - 1, to: 0, by: -1) { hits.swapAt(index, shuffle.below(index + 1)) }
        }
        let total = max(rowCount(kind), hits.count)
        // Outsiders come county by county, as departments export by region; it also keeps each
        // county's ID cursor table in cache instead of jumping across all of them on every row.
        let countyRows = Apportion.split(total - hits.count, weights: ShandongCatalog.counties.map { $0.isDistrict ? 2 : 3 })
        var county = 0, leftInCounty = countyRows[0]
        var nextHit = 0, enrolled = 0
        var properties: [(person: HitPerson, written: [(type: PropertyType, area: Int)])] = []
        for row in 0..<total {
            // Selection sampling: a hit with probability (hits left) / (rows left).
            if nextHit < hits.count, shuffle.below(total - row) < hits.count - nextHit {
                let (person, isEnrolled) = hits[nextHit]
                nextHit += 1
                if isEnrolled { enrolled += 1 }
                switch try rows.hit(person, limits: limits[person.countyIndex]!, into: file) {
                case let .findings(expected): planted.add(kind.rule!, person.id, expected: expected, note: name)
                case let .properties(written): properties.append((person, written))
                }
            } else {
                while leftInCounty == 0 {
                    county += 1
                    leftInCounty = countyRows[county]
                }
                leftInCounty -= 1
                rows.outsider(county: county, into: file)
            }
            try file.endRow()
            if row % 1_000_000 == 999_999 { progress?("references/" + name, row + 1) }
        }
        try file.close()
        // Homes count per household as the engine counts them (`WealthLimits.homes`): every
        // member covered by each certificate, with the floor areas written (no dates).
        var homes: [String: [WealthLimits.HomeRow]] = [:]
        for (owner, (person, written)) in properties.enumerated() {
            for property in written where property.type == .residential {
                for row in person.rows { homes[row.certificate, default: []].append(.init(owner: UInt64(owner), area: Int64(property.area), date: nil)) }
            }
        }
        let counts = homes.mapValues(WealthLimits.homes)
        for (person, written) in properties {
            planted.add(kind.rule!, person.id, expected: ExpectedFindings.properties(person.rows, written, homes: counts,
                                                                                    limits: limits[person.countyIndex]!), note: name)
        }
        progress?("references/" + name, file.rows)
        return Written(name: name, rows: file.rows, enrolledHits: enrolled, otherHits: hits.count - enrolled, planted: planted)
    }

    /// The monitored roll members, household by household as the roll listed them, then
    /// monitored people of other counties. The list marks households for 漏保 (HH-MISSED);
    /// what that rule must find is settled with the roll (`EnrollmentPlanner.settle`).
    private func writeMonitoring(_ file: TableFile, rows: inout ReferenceRows, progress: (@Sendable (String, Int) -> Void)?) throws -> Written {
        for person in monitored {
            rows.monitoredPerson(id: person.id, name: person.name, category: person.category, into: file)
            try file.endRow()
        }
        let countyRows = Apportion.split(rowCount(.povertyMonitoring), weights: ShandongCatalog.counties.map { $0.isDistrict ? 2 : 3 })
        for (county, count) in countyRows.enumerated() {
            for _ in 0..<count {
                rows.outsider(county: county, into: file)
                try file.endRow()
            }
        }
        try file.close()
        progress?("references/" + file.name, file.rows)
        let enrolled = monitored.filter(\.enrolled).count
        return Written(name: file.name, rows: file.rows, enrolledHits: enrolled, otherHits: monitored.count - enrolled, planted: PlantedFindings())
    }

    /// Staff member by staff member: first any relative of theirs on the roll, then up to two who are not.
    private func writeRelatives(_ file: TableFile, rows: inout ReferenceRows, progress: (@Sendable (String, Int) -> Void)?) throws -> Written {
        var planted = PlantedFindings()
        let links = Dictionary(grouping: kin, by: \.staff.number)
        var enrolled = 0
        for (staff, county) in staff {
            for link in links[staff.number] ?? [] {
                let expected = ExpectedFindings.inForce(link.person.rows)
                if link.person.rows.contains(where: { $0.inForce && $0.program.isMeansTested }) { enrolled += 1 }
                rows.staffRelative(staff, id: link.person.id, name: link.person.name, relation: link.relation, into: file)
                planted.add(.staffRelative, link.person.id, expected: expected, note: file.name)
                try file.endRow()
            }
            for _ in 0..<rows.rng.int(0...2) {
                rows.staffRelativeOutsider(staff, county: county, into: file)
                try file.endRow()
            }
        }
        try file.close()
        progress?("references/" + file.name, file.rows)
        return Written(name: file.name, rows: file.rows, enrolledHits: enrolled, otherHits: kin.count - enrolled, planted: planted)
    }
}

/// Per-file results from the parallel workers, stored in file order.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<ReferenceGenerator.Written, any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<ReferenceGenerator.Written, any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Result<ReferenceGenerator.Written, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
