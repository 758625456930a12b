import DoudiDomain
import SQLKit
import Vapor

/// Resolves `--as USER` into a scoped caller, so CLI writes are attributed and
/// limited exactly like the web's.
enum CallerResolution {
    static func resolve(_ username: String?, on app: Application) async throws -> Caller {
        guard let username, !username.isEmpty else {
            throw CommandFailure(L("cli.error.unknown_user", ["user": L("cli.error.no_user")]))
        }
        guard let caller = try await UserStore(sql: app.db as! any SQLDatabase).caller(named: username) else {
            throw CommandFailure(L("cli.error.unknown_user", ["user": username]))
        }
        return caller
    }
}

extension CallerResolution {
    /// `--region` as given, or the caller's own area when absent.
    static func region(_ text: String?, caller: Caller) throws -> RegionCode {
        let value = text ?? caller.scope.value
        guard let region = RegionCode(prefix: value) else {
            throw CommandFailure(L("evaluate.error.region", ["value": value]))
        }
        return region
    }

    /// A date option (`YYYY-MM-DD`) as given, or `fallback` when absent.
    static func date(_ text: String?, or fallback: @autoclosure () -> CivilDate) throws -> CivilDate {
        guard let text else { return fallback() }
        guard let date = CivilDate(iso: text) else { throw CommandFailure(L("cli.error.date", ["value": text])) }
        return date
    }
}

/// A command error whose message is already user-facing (Chinese).
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
