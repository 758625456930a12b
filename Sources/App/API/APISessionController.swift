import DoudiDomain
import Vapor

/// API login (a bearer token, with the same lockout and audit as the web) and logout.
enum APISessionController {
    @Sendable static func login(req: Request) async throws -> Response {
        let body = try req.content.decode(LoginRequestDTO.self)
        switch try await req.logins.open(.api, username: body.username, password: body.password, origin: req.origin) {
        case let .opened(account, issued):
            let response = Response(status: .created)
            try response.content.encode(TokenDTO(token: issued.token, expiresAt: issued.expiresAt, user: UserDTO(account)))
            return response
        case let .refused(error):
            throw error
        }
    }

    @Sendable static func logout(req: Request) async throws -> HTTPStatus {
        guard let login = req.login else { throw Abort(.unauthorized) }
        try await req.logins.close(login, origin: req.origin)
        return .noContent
    }
}
