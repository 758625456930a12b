import Vapor

/// Settings read once at start-up. Environment variables override defaults;
/// tests build the struct directly.
public struct AppConfiguration: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The embedded default: a SQLite file (zero set-up).
        case sqliteFile(path: String)
        case sqliteMemory
        /// Production: PostgreSQL, chosen by `DATABASE_URL`.
        case postgres(url: String)
    }

    public var database: DatabaseChoice
    public var hostname: String
    public var port: Int
    /// Where the audit log's HMAC key comes from (kept outside the database).
    var auditKey: AuditKeySource
    /// Lockout, password rules, session lifetimes, bcrypt cost, cookie flags.
    var accounts: AccountSettings
    /// Upload size and how long import reports are kept.
    var imports: ImportSettings
    /// The policy tree (`DOUDI_POLICY_DIR`, default `policy`); a bad tree stops start-up.
    var policyDirectory: String
    /// Where reference batches' validated files and column caches live (`DOUDI_DATA_DIR`,
    /// default `doudi-data`); the database holds their metadata.
    var dataDirectory: String

    init(database: DatabaseChoice, auditKey: AuditKeySource, accounts: AccountSettings = AccountSettings(),
         imports: ImportSettings = ImportSettings(), policyDirectory: String = "policy", dataDirectory: String = "doudi-data",
         hostname: String = "127.0.0.1", port: Int = 8080) {
        self.policyDirectory = policyDirectory
        self.dataDirectory = dataDirectory
        self.database = database
        self.auditKey = auditKey
        self.accounts = accounts
        self.imports = imports
        self.hostname = hostname
        self.port = port
    }

    /// `DATABASE_URL` selects PostgreSQL; otherwise `DOUDI_SQLITE` (default `./doudi.sqlite`).
    /// `DOUDI_AUDIT_KEY_FILE` (default `./doudi-audit.key`) holds the audit log's key.
    public static func fromEnvironment() throws -> AppConfiguration {
        let database: DatabaseChoice
        if let url = Environment.get("DATABASE_URL"), !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigurationError(message: "DATABASE_URL must be a postgres:// URL (got a different scheme)")
            }
            database = .postgres(url: url)
        } else {
            database = .sqliteFile(path: Environment.get("DOUDI_SQLITE") ?? "doudi.sqlite")
        }
        var port = 8080
        if let text = Environment.get("DOUDI_PORT") ?? Environment.get("PORT") {
            guard let value = Int(text), (1...65535).contains(value) else {
                throw ConfigurationError(message: "DOUDI_PORT must be a port number, got \(text)")
            }
            port = value
        }
        // The audit key file defaults to the working directory; production points
        // DOUDI_AUDIT_KEY_FILE somewhere the database's administrators cannot write.
        let auditKey = AuditKeySource.file(path: Environment.get("DOUDI_AUDIT_KEY_FILE") ?? "doudi-audit.key")
        return AppConfiguration(database: database, auditKey: auditKey, accounts: try AccountSettings.fromEnvironment(),
                                imports: try ImportSettings.fromEnvironment(),
                                policyDirectory: Environment.get("DOUDI_POLICY_DIR") ?? "policy",
                                dataDirectory: Environment.get("DOUDI_DATA_DIR") ?? "doudi-data", hostname: Environment.get("DOUDI_HOST") ?? "127.0.0.1", port: port)
    }
}

public struct ConfigurationError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "configuration error: \(message)" }
}
