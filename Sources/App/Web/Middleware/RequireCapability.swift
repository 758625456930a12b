import DoudiDomain
import Vapor

/// Refuses a route group to roles without `capability` (see `Role.may`), before any
/// body is read: an upload from a role that may not import is refused without
/// receiving the file. Goes after `RequireLogin`.
struct RequireCapability: AsyncMiddleware {
    let capability: Capability

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let login = request.login, login.account.role.may(capability) else {
            throw UserFacingError(.forbidden, "web.error.forbidden")
        }
        return try await next.respond(to: request)
    }
}
