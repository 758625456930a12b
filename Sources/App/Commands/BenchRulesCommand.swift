import DoudiDomain
import DoudiSynthetic
import Foundation
import Vapor

/// `doudi bench rules [--households N] [--region CODE] [--date D]`: evaluates N synthetic
/// households' 低保 (explanations off) on one core and then on all cores, and prints the
/// rate. Target: at least 1,000,000 households a second per core (docs/PERFORMANCE.md).
/// Run it on a release build; the households are generated first and not timed.
struct BenchRulesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "households", help: L("cli.option.bench.households"))
        var households: Int?
        @Option(name: "region", help: L("cli.option.bench.region"))
        var region: String?
        @Option(name: "date", help: L("cli.option.evaluate.date"))
        var date: String?
    }

    var help: String { L("cli.help.bench.rules") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let count = max(1, signature.households ?? 1_000_000)
        guard let region = RegionCode(prefix: signature.region ?? "370321") else {
            throw CommandFailure(L("evaluate.error.region", ["value": signature.region ?? ""]))
        }
        guard let date = CivilDate(iso: signature.date ?? "2024-05-01") else {
            throw CommandFailure(L("cli.error.date", ["value": signature.date ?? ""]))
        }
        let parameters = try DibaoParameters(book: context.application.policyBook, region: region, on: date)
        let households = SyntheticHouseholds.make(count: count, region: region.value)

        let single = Self.time { Self.evaluate(households[...], date: date, parameters: parameters) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = (count + cores - 1) / cores
        let totals = ResultSlots(count: cores)
        let parallel = Self.time { () -> Tally in
            DispatchQueue.concurrentPerform(iterations: cores) { part in
                let range = (part * chunk)..<min(count, (part + 1) * chunk)
                totals.store(Self.evaluate(households[range], date: date, parameters: parameters), at: part)
            }
            return totals.sum()
        }
        context.console.output(ConsoleText(stringLiteral: L("bench.rules.result", [
            "count": String(count), "region": region.value, "date": date.iso,
            "single": Self.format(single.seconds), "single_rate": String(Int(Double(count) / single.seconds)),
            "cores": String(cores), "parallel": Self.format(parallel.seconds),
            "parallel_rate": String(Int(Double(count) / parallel.seconds)),
            "eligible": String(single.value.eligible), "amount": single.value.amount.yuanText,
        ])))
        // The two runs must agree: the parallel split may not change a single decision.
        guard single.value == parallel.value else { throw CommandFailure(L("bench.rules.mismatch")) }
    }

    struct Tally: Equatable, Sendable {
        var eligible = 0
        var amount = Money.zero
    }

    static func evaluate(_ households: ArraySlice<HouseholdSituation>, date: CivilDate, parameters: DibaoParameters) -> Tally {
        var tally = Tally()
        for household in households {
            let decision = DibaoEvaluator.evaluate(household, on: date, parameters: parameters)
            if decision.status == .eligible { tally.eligible += 1 }
            tally.amount = tally.amount + decision.amount.money
        }
        return tally
    }

    static func time<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

    /// One slot per worker, written by that worker only.
    final class ResultSlots: @unchecked Sendable {
        private var slots: [Tally]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: Tally(), count: count) }

        func store(_ tally: Tally, at index: Int) { lock.withLock { slots[index] = tally } }

        func sum() -> Tally {
            lock.withLock { slots.reduce(into: Tally()) { $0.eligible += $1.eligible; $0.amount = $0.amount + $1.amount } }
        }
    }
}
