/// Sex as encoded in the citizen ID number.
///
/// Source: GB 11643-1999, 顺序码 (odd for men, even for women); policy reference §3.1.
public enum Sex: String, Sendable, Codable, CaseIterable {
    case male
    case female

    /// The sex encoded by the last digit of the 3-digit sequence code (the 17th character).
    public init(sequenceDigit: Int) {
        self = sequenceDigit % 2 == 1 ? .male : .female
    }
}
