/// Every program for every registered household of a region on one date, and where the
/// rules and the registry disagree: the signals the cross-check, reviews and payments
/// build on. One household the rules cannot judge gets its own outcome; the run goes on.
///
/// Source: policy reference §5 items 3, 5 and 6; the campaign's 该吃五保吃低保 (a member who
/// meets 特困 left on 低保), 错保 (paid where the rules refuse) and 漏保 (the rules grant what
/// nobody receives).
public enum ProgramBatch {
    public struct Outcome: Sendable {
        public let household: RegisteredHousehold
        /// Nil when the region's policy does not resolve (`failure` says so).
        public let programs: HouseholdPrograms?
        /// `dibao_not_covered` (on 低保, the rules refuse it), `dibao_unrecorded` (the rules grant
        /// 低保 or 单人保, nothing is recorded), `tekun_on_dibao` (a member meets 特困 while the
        /// household is on 低保), `tekun_not_met` (on 特困, the rules do not find it met).
        /// A person holding two programs at once is the identity cross-check's (ID-DUP).
        public let flags: [String]
        /// The household audit rules' hits (`HouseholdAudit`), when `settings` were given.
        public let hits: [HouseholdHit]
        public let failure: String?
    }

    /// Every program's parameters per region on one date, each region resolved once.
    public struct ParameterCache: Sendable {
        public let book: PolicyBook
        public let date: CivilDate
        /// Boxed: a province's some 33,000 villages each resolve once, and a dictionary of the
        /// (large) values themselves moved every one of them each time it grew.
        private var resolved: [String: Resolved] = [:]
        /// By `PolicyBook.policyKey(for:)`: a province's villages share a few dozen policy chains,
        /// and reading every parameter once per village was most of a province's judging.
        private var byPolicy: [String: ProgramParameters] = [:]

        public init(book: PolicyBook, on date: CivilDate) {
            self.book = book
            self.date = date
        }

        public mutating func parameters(_ region: String) -> Result<ProgramParameters, PolicyError> {
            if let known = resolved[region] { return known.result }
            let (book, date) = (book, date)
            let code = RegionCode(prefix: region)
            let policyKey = code.map(book.policyKey(for:))
            if let code, let policyKey, let shared = byPolicy[policyKey] {
                let result = Result<ProgramParameters, PolicyError>.success(shared.stamped(code))
                resolved[region] = Resolved(result)
                return result
            }
            let result = Result { () throws(PolicyError) -> ProgramParameters in
                guard let code else {
                    throw PolicyError(nil, "policy.error.no_value", ["key": "region", "region": region, "date": date.iso])
                }
                return try ProgramParameters(book: book, region: code, on: date)
            }
            resolved[region] = Resolved(result)
            // Only values are shared: a failure names its region, so each region finds its own.
            if let policyKey, case let .success(parameters) = result { byPolicy[policyKey] = parameters }
            return result
        }

        private final class Resolved: Sendable {
            let result: Result<ProgramParameters, PolicyError>
            init(_ result: Result<ProgramParameters, PolicyError>) { self.result = result }
        }
    }

    public static func run(_ households: [RegisteredHousehold], book: PolicyBook, on date: CivilDate,
                           audit settings: HouseholdAudit.Settings? = nil) -> [Outcome] {
        var cache = ParameterCache(book: book, on: date)
        return run(households, cache: &cache, audit: settings)
    }

    /// As `run(_:book:on:audit:)`, keeping the resolved parameters for the caller's next call.
    public static func run(_ households: [RegisteredHousehold], cache: inout ParameterCache,
                           audit settings: HouseholdAudit.Settings? = nil) -> [Outcome] {
        let date = cache.date
        return households.map { household in
            guard case let .success(parameters) = cache.parameters(household.situation.region) else {
                return Outcome(household: household, programs: nil, flags: [], hits: [], failure: "no_policy")
            }
            let programs = HouseholdPrograms(household.situation, on: date, parameters: parameters, onTekun: household.onTekun)
            let hits = settings.map { HouseholdAudit.hits(household, programs: programs, parameters: parameters, on: date, settings: $0) } ?? []
            return Outcome(household: household, programs: programs, flags: flags(household, programs), hits: hits, failure: nil)
        }
    }

    /// The household rules' hits for one household judged with `parameters` (its region's,
    /// from the caller's `ParameterCache`): what a cross-check keeps of `run`, without an
    /// outcome per household. The caller holds the parameters while its households' region
    /// stays the same; handing them out of the cache for each household copied them.
    public static func hits(_ household: borrowing RegisteredHousehold, parameters: ProgramParameters, on date: CivilDate,
                            audit settings: HouseholdAudit.Settings) -> [HouseholdHit] {
        // Only the members the rules read are judged for 特困 and 两项补贴.
        let programs = HouseholdAudit.Decisions(household, on: date, parameters: parameters)
        return HouseholdAudit.hits(household, programs: programs, parameters: parameters, on: date, settings: settings)
    }

    static func flags(_ household: RegisteredHousehold, _ programs: HouseholdPrograms) -> [String] {
        var flags: [String] = []
        let covered = programs.dibao.status.isPaid
        let onDibao = household.recorded.contains(.dibao)
        if onDibao, !covered { flags.append("dibao_not_covered") }
        if !onDibao, covered, !household.recorded.contains(.tekun) { flags.append("dibao_unrecorded") }
        for (index, member) in programs.members.enumerated() {
            let recordedTekun = household.onTekun.indices.contains(index) && household.onTekun[index]
            let choseDibao = household.choseDibao.indices.contains(index) && household.choseDibao[index]
            let conflicts = ProgramConflicts.tekunAndDibao(choseDibaoOverTekun: choseDibao)
            if member.tekun.status == .eligible, !recordedTekun, onDibao, !conflicts.isEmpty, !flags.contains("tekun_on_dibao") {
                flags.append("tekun_on_dibao")
            }
            if recordedTekun, member.tekun.status != .eligible, !flags.contains("tekun_not_met") { flags.append("tekun_not_met") }
        }
        return flags
    }
}
