/// What a new password must be. GB/T 22239-2019 §8.1.4.1 a asks for passwords of some
/// complexity that are changed; the numbers are settings of the deployment.
public struct PasswordPolicy: Sendable, Equatable {
    public let minimumLength: Int

    public init(minimumLength: Int = 10) {
        self.minimumLength = minimumLength
    }

    /// Why `password` is not acceptable for `username` (a localization key), or nil.
    public func problem(with password: String, username: String) -> String? {
        if password.count < minimumLength { return "password.error.too_short" }
        let hasLetter = password.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let hasDigit = password.unicodeScalars.contains { ("0"..."9").contains($0) }
        if !hasLetter || !hasDigit { return "password.error.mix" }
        if password.lowercased().contains(username.lowercased()) { return "password.error.username" }
        return nil
    }
}
