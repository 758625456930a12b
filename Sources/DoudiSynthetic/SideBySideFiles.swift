import Foundation

/// The input of the OpenFisca side-by-side benchmark (`doudi bench rules --side-by-side DIR`,
/// `scripts/bench-openfisca`): `households.csv` (`household,area`) and `persons.csv`
/// (`household,birth_date,wages,pension,basic_pension`, monthly fen, rows in household
/// order), 1–5 persons a household. The same seed always writes the same bytes.
public enum SideBySideFiles {
    public static func write(households count: Int, to directory: URL, seed: UInt64 = 0x51DE_B51DE) throws {
        var rng = SplitMix64(seed: seed, stream: 0x0F15CA)
        var households = Data("household,area\n".utf8)
        var persons = Data("household,birth_date,wages,pension,basic_pension\n".utf8)
        households.reserveCapacity(count * 10)
        persons.reserveCapacity(count * 3 * 34)
        var line = [UInt8]()
        for index in 0..<count {
            households.append(contentsOf: Array("\(index),\(rng.chance(0.66) ? "urban" : "rural")\n".utf8))
            for _ in 0..<rng.int(1...5) {
                line.removeAll(keepingCapacity: true)
                let year = rng.int(1935...2023), month = rng.int(1...12), day = rng.int(1...28)
                let wages = rng.chance(0.5) ? rng.int(0...300_000) : 0
                let pension = rng.chance(0.2) ? rng.int(100_000...400_000) : 0
                let basic = rng.chance(0.3) ? rng.int(15_000...30_000) : 0
                line += Array("\(index),\(year)-".utf8)
                line += month < 10 ? [UInt8(ascii: "0"), UInt8(48 + month)] : Array(String(month).utf8)
                line.append(UInt8(ascii: "-"))
                line += day < 10 ? [UInt8(ascii: "0"), UInt8(48 + day)] : Array(String(day).utf8)
                line += Array(",\(wages),\(pension),\(basic)\n".utf8)
                persons.append(contentsOf: line)
            }
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try households.write(to: directory.appendingPathComponent("households.csv"))
        try persons.write(to: directory.appendingPathComponent("persons.csv"))
    }
}
