import DoudiDomain

/// What `doudi demo-data` asks for.
public struct DemoDataOptions: Sendable, Equatable {
    /// The same seed always gives byte-identical files.
    public var seed: UInt64
    /// The month the data is "as of": ages, enrollment dates and the payment window end here.
    public var asOf: MonthPeriod
    /// Scale mode: a province-wide roll with exactly this many enrolled persons; nil for the demo county.
    public var recipients: Int?
    /// Also write the department reference datasets under references/.
    public var references: Bool
    /// Demo-county size in households (default about 30,000, some 75,000 persons); smaller values
    /// make quick test runs. Ignored in scale mode.
    public var households: Int?

    public static let defaultSeed: UInt64 = 20_261_123
    public static let defaultAsOf = MonthPeriod(year: 2026, month: 10)!
    public static let defaultHouseholds = 30_000

    public init(
        seed: UInt64 = DemoDataOptions.defaultSeed, asOf: MonthPeriod = DemoDataOptions.defaultAsOf,
        recipients: Int? = nil, references: Bool = false, households: Int? = nil
    ) {
        self.seed = seed
        self.asOf = asOf
        self.recipients = recipients
        self.references = references
        self.households = households
    }
}
