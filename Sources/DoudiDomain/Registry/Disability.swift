/// What a 残疾人证 records. Category and grade together decide severity: grade 1–2, or
/// grade 3 intellectual or mental disability, is "severe" for 单人保 (57号 art 8).
public struct Disability: Hashable, Sendable, Codable {
    public var category: DisabilityCategory
    public var grade: DisabilityGrade
    public var certificateNo: String?
    public var validUntil: CivilDate?

    public init(category: DisabilityCategory, grade: DisabilityGrade, certificateNo: String?, validUntil: CivilDate?) {
        self.category = category
        self.grade = grade
        self.certificateNo = certificateNo
        self.validUntil = validUntil
    }

    /// Severe disability as 57号 art 8 uses it for 单人保.
    public var isSevere: Bool {
        grade <= .two || (grade == .three && (category == .intellectual || category == .mental))
    }
}
