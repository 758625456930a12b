import DoudiDomain
import Vapor

/// API login (a bearer token, with the same lockout and audit as the web) and logout.
enum APISessionController {
    @Sendable static func login(req: Request) async throws -> Response {
        let body = try req.content.decode(LoginRequestDTO.self)
        let (outcome, issued) = try await req.logins.open(.api, username: body.username, password: body.password, origin: req.origin)
        switch outcome {
        case let .success(account):
            guard let issued else { throw Abort(.internalServerError) }
            let response = Response(status: .created)
            try response.content.encode(TokenDTO(token: issued.token, expiresAt: issued.expiresAt, user: UserDTO(account)))
            return response
        case .wrongCredentials:
            throw Abort(.unauthorized, reason: L("login.error.wrong"))
        case let .locked(until):
            throw Abort(.locked, reason: L("login.error.locked", ["time": ShanghaiTime.minute(until)]))
        }
    }

    @Sendable static func logout(req: Request) async throws -> HTTPStatus {
        guard let login = req.login else { throw Abort(.unauthorized) }
        try await req.logins.close(login, origin: req.origin)
        return .noContent
    }
}
