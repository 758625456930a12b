extension CitizenID {
    /// The sex and birth date a packed key encodes, read by arithmetic on the key
    /// (GB 11643-1999 §5: digits 7–14 the birth date, digit 17 odd for men), for checks
    /// that run over millions of recorded numbers and need nothing else of the ID. Nil
    /// when the key holds no real date, which a key made from a valid ID never does.
    public static func packedFacts(_ key: UInt64) -> (sex: Sex, birthDate: CivilDate)? {
        guard key < 100_000_000_000_000_000 else { return nil }
        let date = Int((key / 1_000) % 100_000_000)
        guard let birth = CivilDate(year: date / 10_000, month: date / 100 % 100, day: date % 100) else { return nil }
        return (Sex(sequenceDigit: Int(key % 10)), birth)
    }
}
