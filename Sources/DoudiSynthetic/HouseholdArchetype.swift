/// The kinds of household the generator composes, with their member templates in `HouseholdBuilder`.
enum HouseholdArchetype: Int, Sendable, CaseIterable {
    /// A single person who qualifies for 特困 (elderly or severely disabled, no supporter).
    case tekunSingle
    case elderAlone
    case elderCouple
    case singleAdult
    case middleAgedCouple
    case nuclear
    case threeGeneration
    case singleParent
    case eldersWithDisabledChild
    case grandparentsWithGrandchildren
    case siblings
}

/// Why grandchildren live with their grandparents, which decides their special status.
enum GrandchildSituation: Sendable {
    case leftBehind
    case orphaned
    case unsupported
}
