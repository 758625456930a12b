import Vapor

/// Bcrypt hashing off the event loop: one hash costs tens to hundreds of milliseconds
/// by design, which would stall every other request on that loop.
struct PasswordHashing: Sendable {
    let cost: Int

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { try Bcrypt.verify(password, created: hash) }
    }

    /// Spends the time of a real check when there is no account to check against (a
    /// verify is one hash with the stored salt), so timing does not tell which usernames exist.
    func verifyNothing(_ password: String) async throws {
        _ = try await hash(password)
    }
}
