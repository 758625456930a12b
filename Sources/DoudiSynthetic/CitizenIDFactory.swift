import DoudiDomain

/// Builds GB 11643 identity numbers: 6-digit address code, 8-digit birth date, 3-digit sequence
/// (odd for men, even for women) and the ISO 7064 MOD 11-2 check character.
enum CitizenIDFactory {
    /// GB 11643-1999 §5 weights and check characters. `CitizenID.checkCharacter(forBody:)` is the
    /// authority: debug builds (and so every test run) assert that each generated number agrees
    /// with it. The check is computed inline here because the generic domain function, called
    /// across modules, costs as much as the rest of an ID and a benchmark run makes 20 million IDs.
    private static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checks: [UInt8] = Array("10X98765432".utf8)

    /// The 18-character number; `sequence` is 0…999 and must already have the right parity.
    static func make(address: Int, birth: CivilDate, sequence: Int) -> String {
        let text = String(unsafeUninitializedCapacity: 18) { buffer in
            FastText.put(address, 6, into: buffer, at: 0)
            FastText.put(birth.year, 4, into: buffer, at: 6)
            FastText.put(birth.month, 2, into: buffer, at: 10)
            FastText.put(birth.day, 2, into: buffer, at: 12)
            FastText.put(sequence, 3, into: buffer, at: 14)
            var sum = 0
            weights.withUnsafeBufferPointer { weights in
                for index in 0..<17 { sum += Int(buffer[index] &- 0x30) * weights[index] }
            }
            buffer[17] = checks[sum % 11]
            return 18
        }
        assert(CitizenID.checkCharacter(forBody: text.prefix(17)) == text.last, "check character disagrees with CitizenID: \(text)")
        return text
    }
}
