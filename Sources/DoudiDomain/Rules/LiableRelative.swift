/// A relative living outside the household who owes its members support (赡养, 抚养 or
/// 扶养): what the imputed-support rule needs to know about them.
///
/// Source: policy reference §1.2 (imputed income from liable relatives, an older local rule
/// the 2021 national rules leave to provinces): 赡养费 from the giver's household income,
/// household size and the number of people supported; 抚/扶养费 from the giver's income.
public struct LiableRelative: Hashable, Sendable, Codable {
    public enum Duty: String, Hashable, Sendable, Codable, CaseIterable {
        /// 赡养: an adult child who owes support to parents in this household.
        case elderly
        /// 抚养 or 扶养: a parent owing support to a child here, or a sibling (a spouse is a
        /// household member, 57号 art 7).
        case dependant
    }

    public var duty: Duty
    /// 赡养: the giver's whole household's annual income; 抚/扶养: the giver's own.
    public var annualIncome: Yuan
    /// The people in the giver's own household (赡养 only: their living costs come first).
    public var householdSize: Int?
    /// Everyone the giver owes this support to, here and elsewhere.
    public var supports: Int
    /// How many of them belong to this household; all of them when absent.
    public var supportsHere: Int?

    enum CodingKeys: String, CodingKey {
        case duty, supports
        case annualIncome = "annual_income"
        case householdSize = "household_size"
        case supportsHere = "supports_here"
    }

    public init(duty: Duty, annualIncome: Money, householdSize: Int? = nil, supports: Int, supportsHere: Int? = nil) {
        self.duty = duty
        self.annualIncome = Yuan(annualIncome)
        self.householdSize = householdSize
        self.supports = supports
        self.supportsHere = supportsHere
    }

    /// Refuses counts that make the formula meaningless (no one supported, more here than in
    /// all, a 赡养 giver without a household) or that no household has (the bounds also keep
    /// the arithmetic far from overflow, so one absurd line cannot stop a batch), naming the field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        duty = try container.decode(Duty.self, forKey: .duty)
        annualIncome = try container.decode(Yuan.self, forKey: .annualIncome)
        householdSize = try container.decodeIfPresent(Int.self, forKey: .householdSize)
        supports = try container.decode(Int.self, forKey: .supports)
        supportsHere = try container.decodeIfPresent(Int.self, forKey: .supportsHere)
        func refuse(_ key: CodingKeys, _ text: String) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: L(text))
        }
        if annualIncome.money < .zero || annualIncome.money > Self.maximumIncome {
            throw refuse(.annualIncome, "evaluate.error.relative.income")
        }
        if !Self.counts.contains(supports) { throw refuse(.supports, "evaluate.error.relative.supports") }
        if let here = supportsHere, here < 1 || here > supports { throw refuse(.supportsHere, "evaluate.error.relative.supports_here") }
        // Required for 赡养 (absent counts as 0), optional otherwise, bounded whenever given.
        if let size = householdSize ?? (duty == .elderly ? 0 : nil), !Self.counts.contains(size) {
            throw refuse(.householdSize, "evaluate.error.relative.household_size")
        }
    }

    /// People supported, or in the giver's household: 1 to 99.
    static let counts = 1...99
    /// A billion yuan a year.
    static let maximumIncome = Money(yuan: 1_000_000_000)

    /// The members of this household the giver supports.
    public var supportedHere: Int { supportsHere ?? supports }
}
