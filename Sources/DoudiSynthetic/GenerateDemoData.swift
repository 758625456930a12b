import DoudiDomain
import Foundation

/// Writes the demo (or scale) roll into `outputDirectory`, plus references/ when asked, and a
/// README.txt describing it. Deterministic: the same options give byte-identical files.
///
/// `progress` is called now and then with a file name and the rows written so far. With
/// `audit`, the household audit rules are settled and planted too (`EnrollmentPlanner.settle`);
/// without it, only the identity rules' problems are planted.
/// `policy` gives the asset limits the 错保 rules hold department records to; it is needed
/// when references are written.
public func generateDemoData(
    options: DemoDataOptions, audit: DemoAuditRules? = nil, policy: PolicyBook? = nil, outputDirectory: URL,
    progress: (@Sendable (String, Int) -> Void)? = nil
) throws -> DemoDataSummary {
    if let recipients = options.recipients, recipients <= 0 { throw DemoDataError.nonPositive(option: "--recipients", value: recipients) }
    if let households = options.households, households <= 0 { throw DemoDataError.nonPositive(option: "households", value: households) }
    guard (2000...2099).contains(options.asOf.year) else { throw DemoDataError.asOfOutOfRange(options.asOf) }
    try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)

    let scale = options.recipients != nil
    let writer = try RollWriter(directory: outputDirectory, seed: options.seed, asOfMonth: options.asOf, paymentMonthCount: scale ? 1 : 12)
    var audit = audit
    audit?.monitoringListWritten = options.references
    let generator = RollGenerator(seed: options.seed, asOfMonth: options.asOf, scale: scale, writer: writer, audit: audit, progress: progress)
    try generator.run(countyQuotas(options))
    try writer.close()
    var files = writer.files.map { DemoDataSummary.FileCount(name: $0.name, rows: $0.rows) }

    var hits: [DemoDataSummary.ReferenceHits] = []
    var planted = generator.planted
    if options.references {
        guard let book = policy ?? audit?.book else { throw DemoDataError.noPolicy }
        let limits = try Dictionary(uniqueKeysWithValues: countyQuotas(options).map { quota in
            let code = RegionCode(String(ShandongCatalog.counties[quota.countyIndex].code) + "000000")!
            return (quota.countyIndex, try WealthLimits(book: book, region: code, on: options.asOf.lastDay))
        })
        let unitCount = options.recipients ?? generator.stats.persons
        let references = ReferenceGenerator(
            seed: options.seed, asOf: options.asOf.lastDay, unitCount: unitCount,
            enrolledHits: generator.hits.enrolled, otherHits: generator.hits.others,
            staff: generator.hits.staff, kin: generator.hits.kin, monitored: generator.hits.monitored, limits: limits
        )
        let written = try references.write(to: outputDirectory.appendingPathComponent("references"), progress: progress)
        files += written.map { DemoDataSummary.FileCount(name: "references/" + $0.name, rows: $0.rows) }
        hits = written.map { DemoDataSummary.ReferenceHits(file: "references/" + $0.name, enrolled: $0.enrolledHits, otherRollMembers: $0.otherHits) }
        written.forEach { planted.append(contentsOf: $0.planted) }
    }
    try PlantedFile.write(planted, to: outputDirectory.appendingPathComponent(PlantedFile.name))
    files.append(DemoDataSummary.FileCount(name: PlantedFile.name, rows: planted.entries.count))
    let summary = DemoDataSummary(options: options, files: files, roll: generator.stats, referenceHits: hits, planted: planted)
    try ReadmeText.make(summary).write(to: outputDirectory.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
    return summary
}

/// Demo: 桓台县 with the requested households. Scale: about one county per 15,000 recipients
/// (at most Shandong's 136), 桓台 first, 县 weighted above 区 because rural rolls are larger.
func countyQuotas(_ options: DemoDataOptions) -> [RollGenerator.CountyQuota] {
    let demo = ShandongCatalog.index(of: ShandongCatalog.demoCountyCode)!
    guard let recipients = options.recipients else {
        return [RollGenerator.CountyQuota(countyIndex: demo, quota: options.households ?? DemoDataOptions.defaultHouseholds)]
    }
    let all = ShandongCatalog.counties.indices
    let count = min(all.count, max(1, (recipients + 14_999) / 15_000))
    let chosen = Array(([demo] + all.filter { $0 != demo }).prefix(count))
    let quotas = Apportion.split(recipients, weights: chosen.map { ShandongCatalog.counties[$0].isDistrict ? 2 : 3 })
    return zip(chosen, quotas).map { RollGenerator.CountyQuota(countyIndex: $0, quota: $1) }
}
