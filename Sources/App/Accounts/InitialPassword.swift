/// Generated passwords for new accounts and resets: 14 characters from an alphabet
/// without look-alikes (0/O, 1/l/I), always with letters and digits, so they pass the
/// password policy and can be read out over the phone. The user must change it at first login.
enum InitialPassword {
    private static let letters = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
    private static let digits = Array("23456789")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var characters = (0..<10).map { _ in letters.randomElement(using: &generator)! }
            + (0..<4).map { _ in digits.randomElement(using: &generator)! }
        characters.shuffle(using: &generator)
        return String(characters)
    }
}
