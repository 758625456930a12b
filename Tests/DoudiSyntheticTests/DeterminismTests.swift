import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same options give byte-identical files, README included")
    func sameSeedSameBytes() {
        let again = DemoRun(DemoDataOptions(references: true, households: 400))
        #expect(again.summary == Runs.small.summary)
        for name in Runs.small.fileNames {
            let first = Runs.small.bytes(name), second = again.bytes(name)
            #expect(first.count > 100, "\(name) is (nearly) empty")
            #expect(first == second, "\(name) differs between runs")
        }
    }

    @Test("another seed gives other people")
    func otherSeedOtherData() {
        let other = DemoRun(DemoDataOptions(seed: 7, households: 400))
        #expect(other.bytes("households.csv") != Runs.small.bytes("households.csv"))
        #expect(other.summary.roll.households == 400)
    }

    @Test("SplitMix64 matches the published reference sequence")
    func generatorReference() {
        // Reference outputs for seed 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("invalid options are rejected before anything is written")
    func invalidOptions() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-synthetic-invalid-\(UUID().uuidString)")
        #expect(throws: DemoDataError.nonPositive(option: "--recipients", value: 0)) {
            try generateDemoData(options: DemoDataOptions(recipients: 0), outputDirectory: directory)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path))
        // Said in Chinese, naming the option and the value given, from the localization table.
        #expect(DemoDataError.nonPositive(option: "--recipients", value: 0).description == "--recipients 必须为正整数（收到 0）")
        #expect(DemoDataError.asOfOutOfRange(MonthPeriod(year: 2100, month: 1)!).description.hasPrefix("--as-of 2100-01 超出支持范围"))
    }
}
