import DoudiDomain
import DoudiSynthetic
import Foundation
import Vapor

/// `doudi bench rules [--households N] [--region CODE] [--date D] [--all-programs]`: evaluates
/// N synthetic households' 低保 (with `--all-programs`: 低保, 特困 for every member and
/// 两项补贴 for the disabled, `HouseholdPrograms`), explanations off, on one core and then on
/// all cores, and prints the rate. Target: at least 1,000,000 households a second per core
/// for 低保 (docs/PERFORMANCE.md). Run it on a release build; the households are generated
/// first and not timed. `--side-by-side DIR` runs the OpenFisca comparison's Doudi half
/// instead (`SideBySideBench`).
struct BenchRulesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "households", help: L("cli.option.bench.households"))
        var households: Int?
        @Option(name: "region", help: L("cli.option.bench.region"))
        var region: String?
        @Option(name: "date", help: L("cli.option.evaluate.date"))
        var date: String?
        @Flag(name: "all-programs", help: L("cli.option.bench.all_programs"))
        var allPrograms: Bool
        @Option(name: "side-by-side", help: L("cli.option.bench.side_by_side"))
        var sideBySide: String?
    }

    var help: String { L("cli.help.bench.rules") }

    func run(using context: CommandContext, signature: Signature) async throws {
        let count = max(1, signature.households ?? 1_000_000)
        guard let region = RegionCode(prefix: signature.region ?? "370321") else {
            throw CommandFailure(L("evaluate.error.region", ["value": signature.region ?? ""]))
        }
        let date = try CallerResolution.date(signature.date, or: CivilDate(year: 2024, month: 5, day: 1)!)
        if let directory = signature.sideBySide {
            return try Self.sideBySide(URL(fileURLWithPath: directory), count: count, region: region, date: date, context: context)
        }
        let parameters = try ProgramParameters(book: context.application.policyBook, region: region, on: date)
        let households = SyntheticHouseholds.make(count: count, region: region.value)
        let all = signature.allPrograms

        let single = Self.time { Self.evaluate(households[...], date: date, parameters: parameters, allPrograms: all) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = (count + cores - 1) / cores
        let totals = WorkerSlots(count: cores, empty: Tally())
        let parallel = Self.time { () -> Tally in
            DispatchQueue.concurrentPerform(iterations: cores) { part in
                // Fewer households than cores leaves the last parts empty, never reversed.
                let range = min(count, part * chunk)..<min(count, (part + 1) * chunk)
                totals.store(Self.evaluate(households[range], date: date, parameters: parameters, allPrograms: all), at: part)
            }
            return totals.values.reduce(Tally(), +)
        }
        context.console.output(ConsoleText(stringLiteral: L("bench.rules.result", [
            "count": String(count), "region": region.value, "date": date.iso,
            "single": Self.format(single.seconds), "single_rate": String(Int(Double(count) / single.seconds)),
            "cores": String(cores), "parallel": Self.format(parallel.seconds),
            "parallel_rate": String(Int(Double(count) / parallel.seconds)),
            "eligible": String(single.value.eligible), "amount": single.value.amount.yuanText,
        ])))
        if all {
            context.console.output(ConsoleText(stringLiteral: L("bench.rules.all_programs", [
                "tekun": String(single.value.tekun), "living": String(single.value.living), "care": String(single.value.care),
                "cash": single.value.cash.yuanText,
            ])))
        }
        // The two runs must agree: the parallel split may not change a single decision.
        guard single.value == parallel.value else { throw CommandFailure(L("bench.rules.mismatch")) }
    }

    struct Tally: Equatable, Sendable {
        var eligible = 0
        var amount = Money.zero
        /// With `--all-programs`: members meeting 特困, subsidies granted, and all cash.
        var tekun = 0, living = 0, care = 0
        var cash = Money.zero

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(eligible: a.eligible + b.eligible, amount: a.amount + b.amount, tekun: a.tekun + b.tekun, living: a.living + b.living,
                  care: a.care + b.care, cash: a.cash + b.cash)
        }
    }

    static func evaluate(_ households: ArraySlice<HouseholdSituation>, date: CivilDate, parameters: ProgramParameters,
                         allPrograms: Bool) -> Tally {
        var tally = Tally()
        for household in households {
            guard allPrograms else {
                let decision = DibaoEvaluator.evaluate(household, on: date, parameters: parameters.dibao)
                if decision.status == .eligible { tally.eligible += 1 }
                tally.amount = tally.amount + decision.amount.money
                continue
            }
            let programs = HouseholdPrograms(household, on: date, parameters: parameters)
            if programs.dibao.status == .eligible { tally.eligible += 1 }
            tally.amount = tally.amount + programs.dibao.amount.money
            for member in programs.members {
                if member.tekun.status == .eligible { tally.tekun += 1 }
                if case .granted = member.subsidies?.living { tally.living += 1 }
                if case .granted = member.subsidies?.care { tally.care += 1 }
            }
            tally.cash = tally.cash + programs.monthlyCash
        }
        return tally
    }

    /// The Doudi half of the OpenFisca comparison: writes the input files once, then reads,
    /// judges and writes the results, timed.
    static func sideBySide(_ directory: URL, count: Int, region: RegionCode, date: CivilDate, context: CommandContext) throws {
        if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("persons.csv").path) {
            let generated = time { Result { try SideBySideFiles.write(households: count, to: directory) } }
            try generated.value.get()
            context.console.output(ConsoleText(stringLiteral: L("bench.side_by_side.generated", ["count": String(count), "seconds": format(generated.seconds)])))
        }
        let parameters = try DibaoParameters(book: context.application.policyBook, region: region, on: date)
        let (timing, tally): (SideBySideBench.Timing, SideBySideBench.Tally)
        do {
            (timing, tally) = try SideBySideBench.run(directory: directory, parameters: parameters, date: date, region: region.value)
        } catch let failure as SideBySideBench.Failure {
            throw CommandFailure(failure.message)
        }
        context.console.output(ConsoleText(stringLiteral: L("bench.side_by_side.result", [
            "households": String(tally.households), "persons": String(tally.persons), "read": format(timing.read),
            "judge": format(timing.judge), "write": format(timing.write), "total": format(timing.total),
            "eligible": String(tally.eligible), "amount": tally.amount.yuanText,
        ])))
    }

    static func time<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
