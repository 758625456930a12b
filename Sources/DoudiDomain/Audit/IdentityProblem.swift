/// What can be wrong with a person's identity on the roll, as bits so that the engine's
/// roll columns carry them in one byte.
public enum IdentityProblem: UInt8, CaseIterable, Sendable {
    /// The recorded number fails GB 11643 (kept and flagged by a legacy import).
    case invalidNumber = 1
    /// The recorded sex differs from the sequence digit's parity.
    case sexMismatch = 2
    /// The recorded birth date differs from the number's.
    case birthDateMismatch = 4
    /// The person's age does not fit their category (an "elderly" member under the elderly
    /// age, a "minor" or an orphan at or above the age of majority).
    case ageCategory = 8

    public var labelKey: String { "audit.identity.\(self)" }

    public static func decode(_ bits: UInt8) -> [IdentityProblem] { allCases.filter { bits & $0.rawValue != 0 } }
}
