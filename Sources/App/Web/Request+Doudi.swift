import DoudiDomain
import SQLKit
import Vapor

extension Request {
    var sql: any SQLDatabase { db as! any SQLDatabase }

    var accountSettings: AccountSettings { application.doudiConfiguration?.accounts ?? AccountSettings() }

    /// `web:<address>` or `api:<address>`, recorded with every audit entry.
    var origin: String {
        let channel = url.path.hasPrefix("/api/") ? "api" : "web"
        return "\(channel):\(remoteAddress?.ipAddress ?? "-")"
    }

    /// The logged-in caller; routes behind `RequireLogin` always have one.
    var caller: Caller {
        get throws {
            guard let login else { throw Abort(.unauthorized) }
            return login.account.caller
        }
    }

    /// Account changes made from this request, audited with its origin.
    var accountAdministration: AccountAdministration {
        AccountAdministration(database: db, auditKey: application.auditKey, settings: accountSettings, origin: origin)
    }

    /// Finished web imports, with the configured retention.
    var importJobStore: ImportJobStore {
        ImportJobStore(sql: sql, retention: application.importSettings.reportRetention)
    }

    /// The scoped registry for this request's caller.
    var registry: Registry {
        get throws { Registry(database: db, caller: try caller, auditKey: application.auditKey, origin: origin) }
    }

    /// A path parameter that must be an opaque record key; anything else is a 404.
    func recordKey(_ name: String = "key") throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }
}
