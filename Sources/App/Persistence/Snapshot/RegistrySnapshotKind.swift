/// The registry's snapshots and the tables each is read from: a write to one of these
/// tables moves that snapshot's generation (`M011_RegistryGeneration`). The names are the
/// generation's column prefixes; the lists must hold every table the read touches
/// (`RollQuery`, `Registry.readHouseholdInputs`).
enum RegistrySnapshotKind: String, CaseIterable, Sendable {
    case roll
    case households

    var tables: [String] {
        switch self {
        case .roll: ["households", "persons", "enrollments", "enrollment_members", "payments"]
        case .households: ["households", "memberships", "persons", "income_records", "asset_records", "enrollments", "enrollment_members",
                           "bank_accounts"]
        }
    }
}
