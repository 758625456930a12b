import DoudiDomain

/// One enrollment as written to enrollments.csv, with what payments.csv needs.
struct SynthEnrollment: Sendable {
    var certificate: String
    var program: ProgramKind
    var status: EnrollmentState
    /// 整户 / 单人.
    var coverage: String
    /// For 单人 and person-level programs: the covered members; empty for 整户.
    var coveredIDs: [String]
    var coveredCount: Int
    var monthlyFen: Int64
    var categories: [String] = []
    var reviewClass: String?
    var start: CivilDate
    var startReason: String
    var end: CivilDate?
    var endReason: String?
    var nextReview: CivilDate?
    var acceptedBy: String
    var investigatedBy: String
    var approvedBy: String
    var careForm: String?
    var voluntaryNote: String?
    /// For 暂停: the first month withheld.
    var pausedFrom: MonthPeriod?

    /// Counts toward the enrolled population (低保 or 特困 still in payment).
    var isMeansTestedActive: Bool {
        program.isMeansTested && status != .ended
    }
}
