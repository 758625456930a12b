/// Counts gathered while the roll is written, for the summary and README.
public struct RollStats: Sendable, Equatable {
    public var households = 0
    public var persons = 0
    public var villages = 0
    public var counties = 0
    public var staff = 0
    /// Persons covered by a 低保 or 特困 enrollment still in payment (在保, 渐退, 暂停).
    public var enrolledPersons = 0
    /// Persons covered by active 低保 enrollments (整户 counted members and 单人).
    public var dibaoPersons = 0
    public var tekunPersons = 0
    /// Enrollments per program label, in `programs` order.
    public var enrollmentsByProgram: [Int] = Array(repeating: 0, count: 6)
    public var endedEnrollments = 0
    public var taperingEnrollments = 0
    public var staffRelativeLinks = 0

    public static let programs = ["低保", "特困", "困难残疾人生活补贴", "重度残疾人护理补贴", "孤儿", "事实无人抚养儿童"]
}
