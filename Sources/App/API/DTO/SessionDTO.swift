import Vapor

struct LoginRequestDTO: Content {
    let username: String
    let password: String
}

/// An issued API token: send it as `Authorization: Bearer <token>`.
struct TokenDTO: Content {
    let token: String
    let expiresAt: Date
    let user: UserDTO
}

struct UserDTO: Content {
    let username: String
    let displayName: String
    let role: String
    let scope: String
    let mustChangePassword: Bool

    init(_ account: UserAccount) {
        username = account.username
        displayName = account.displayName
        role = account.role.rawValue
        scope = account.scope.value
        mustChangePassword = account.mustChangePassword
    }
}

struct RegionNodeDTO: Content {
    let code: String
    let name: String
    let households: Int
    let children: [RegionChildDTO]
}

struct RegionChildDTO: Content {
    let code: String
    let name: String
    let households: Int
}
