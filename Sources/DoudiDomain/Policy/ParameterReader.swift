/// Reads a program's typed parameter values from the book, remembering where each came
/// from (for explanations). Every program's parameter set reads through it.
struct ParameterReader {
    let book: PolicyBook
    let region: RegionCode
    let date: CivilDate
    var sources: [String: ResolvedValue] = [:]

    init(book: PolicyBook, region: RegionCode, date: CivilDate) {
        self.book = book
        self.region = region
        self.date = date
    }

    mutating func resolve(_ key: String, required: Bool = true) throws(PolicyError) -> ParameterValue? {
        guard let resolved = book.value(key, region: region, on: date) else {
            if required {
                throw PolicyError(nil, "policy.error.no_value", ["key": key, "region": region.value, "date": date.iso])
            }
            return nil
        }
        sources[key] = resolved
        return resolved.dated.value
    }

    private func mismatch(_ key: String) -> PolicyError {
        PolicyError(sources[key]?.dated.location, "policy.error.kind", ["key": key])
    }

    mutating func money(_ key: String) throws(PolicyError) -> Money {
        guard case let .money(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func optionalMoney(_ key: String) throws(PolicyError) -> Money? {
        guard let value = try resolve(key, required: false) else { return nil }
        guard case let .money(money) = value else { throw mismatch(key) }
        return money
    }

    mutating func rate(_ key: String) throws(PolicyError) -> Rate {
        guard case let .rate(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func rates(_ key: String) throws(PolicyError) -> [Rate] {
        guard case let .rates(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func integer(_ key: String) throws(PolicyError) -> Int {
        guard case let .integer(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func boolean(_ key: String) throws(PolicyError) -> Bool {
        guard case let .boolean(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func choice(_ key: String) throws(PolicyError) -> String {
        guard case let .choice(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func names(_ key: String) throws(PolicyError) -> [String] {
        guard case let .names(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func bands(_ key: String, required: Bool) throws(PolicyError) -> [PaymentBand] {
        guard let value = try resolve(key, required: required) else { return [] }
        guard case let .bands(bands) = value else { throw mismatch(key) }
        return bands
    }

    mutating func addOns(_ key: String) throws(PolicyError) -> [AddOnRate] {
        guard case let .addOns(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func amountRule(_ key: String) throws(PolicyError) -> AmountRule {
        guard case let .amountRule(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }

    mutating func rounding(_ key: String) throws(PolicyError) -> RoundingRule {
        guard case let .rounding(value)? = try resolve(key) else { throw mismatch(key) }
        return value
    }
}
