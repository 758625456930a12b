import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import DoudiDomain
import DoudiPolicyFiles
import Vapor

/// Wires the application: database, migrations, commands and routes.
public func configure(_ app: Application, configuration: AppConfiguration) async throws {
    app.storage[AppConfigurationKey.self] = configuration
    app.storage[AuditKeyStorage.self] = try configuration.auditKey.load()
    app.storage[ImportJobBoardKey.self] = ImportJobBoard()
    app.storage[CrossCheckBoardKey.self] = CrossCheckBoard()
    // The rules' parameters: every problem is reported and the server refuses to start.
    do {
        app.storage[PolicyBookKey.self] = try PolicyDirectory.load(URL(fileURLWithPath: configuration.policyDirectory))
    } catch {
        throw ConfigurationError(message: L("config.error.policy") + "\n" + error.description)
    }
    app.lifecycle.use(ImportJobLifecycle())
    app.lifecycle.use(CrossCheckLifecycle())
    app.http.server.configuration.hostname = configuration.hostname
    app.http.server.configuration.port = configuration.port

    switch configuration.database {
    case let .sqliteFile(path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
    case let .postgres(url):
        var postgres = try SQLPostgresConfiguration(url: url)
        if let schema = app.storage[PostgresSchemaKey.self] {
            postgres.searchPath = [schema]
        }
        // The Postgres driver needs a level; `.trace` never reaches a handler (RedactingLogHandler).
        app.databases.use(.postgres(configuration: postgres, sqlLogLevel: .trace), as: .psql)
    }

    // The default error middleware answers in English JSON; ours renders Chinese pages
    // and API errors, and the security headers apply to every response, errors included.
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(LocaleMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorResponder())

    // Query logging stays off: bound values include ID numbers, which never reach a log.
    DoudiMigrations.register(on: app)
    DoudiCommands.register(on: app)
    try routes(app)
}

struct AppConfigurationKey: StorageKey {
    typealias Value = AppConfiguration
}

/// Tests run each case in its own PostgreSQL schema (isolated and parallel-safe).
public struct PostgresSchemaKey: StorageKey {
    public typealias Value = String
}

extension Application {
    public var doudiConfiguration: AppConfiguration? { storage[AppConfigurationKey.self] }
}

struct PolicyBookKey: StorageKey {
    typealias Value = PolicyBook
}

extension Application {
    /// The policy parameters loaded at start-up.
    var policyBook: PolicyBook {
        guard let book = storage[PolicyBookKey.self] else { fatalError("configure() loads the policy book") }
        return book
    }

    /// The reference batches' files (validated files and column caches).
    var referenceFiles: ReferenceFiles {
        guard let configuration = storage[AppConfigurationKey.self] else { fatalError("configure() stores the configuration") }
        return ReferenceFiles(root: URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("references"))
    }
}
