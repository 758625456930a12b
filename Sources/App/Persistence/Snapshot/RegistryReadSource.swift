/// Where a run's roll or households came from: the snapshot, the database with a new
/// snapshot written from it, or the database alone (a part of the registry, or no snapshot
/// asked for).
public enum RegistryReadSource: String, Sendable {
    case snapshot
    case databaseWroteSnapshot = "database+snapshot"
    case database
}
