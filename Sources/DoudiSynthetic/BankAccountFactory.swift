/// Payment accounts: mostly the local 农商银行 (which runs most 一卡通/社保卡 payouts), then the
/// post-office savings bank and the big four; 19-digit card numbers with a valid Luhn digit.
enum BankAccountFactory {
    /// (bank, six-digit card prefix, weight); the first name is prefixed by the county's short name.
    private static let banks: [(String, String, Int)] = [
        ("农商银行", "623190", 55), ("中国邮政储蓄银行", "621799", 18), ("中国农业银行", "622848", 12),
        ("中国工商银行", "621226", 6), ("中国建设银行", "621700", 6), ("中国银行", "621661", 3),
    ]
    private static let table = WeightedTable<Int>(banks.indices.map { ($0, banks[$0].2) })

    /// 桓台县 → 桓台, 张店区 → 张店, 曹县 → 曹县 (single-character names keep the suffix).
    static func shortName(ofCounty name: String) -> String {
        name.count > 2 ? String(name.dropLast()) : name
    }

    static func make(countyShortName: String, _ rng: inout SplitMix64) -> (bank: String, number: String) {
        let index = table.draw(&rng)
        let bank = banks[index]
        let name = index == 0 ? countyShortName + bank.0 : bank.0
        var digits = Array(bank.1.utf8.map { Int($0 - 0x30) })
        for _ in 0..<12 { digits.append(rng.below(10)) }
        digits.append(luhnCheck(digits))
        return (name, String(decoding: digits.map { UInt8(0x30 + $0) }, as: UTF8.self))
    }

    /// The Luhn check digit for `digits` (ISO/IEC 7812), so the numbers pass card-number validation.
    static func luhnCheck(_ digits: [Int]) -> Int {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 0 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }
}
