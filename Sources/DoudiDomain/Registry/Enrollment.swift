import Foundation

/// A household's (or, for 单人保 and person-level programs, some members') enrollment in
/// a program, with the staff who handled each step (needed to test 人情保 risk) and any
/// recorded voluntary choice (e.g. a 特困-eligible person choosing 低保 by signed agreement).
public struct Enrollment: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var region: RegionCode
    public var householdID: UUID
    /// 证号: the enrollment's certificate number, the key of re-imports.
    public var certificateNo: String
    public var program: Program
    public var status: EnrollmentStatus
    public var coverage: Coverage
    /// The persons covered; for whole-household coverage, every counted member at enrollment.
    public var memberIDs: [UUID]
    public var monthlyAmount: Money
    public var categories: Set<AssistanceCategory>
    public var reviewClass: ReviewClass?
    public var startedOn: CivilDate
    public var startReason: String?
    public var endedOn: CivilDate?
    public var endReason: String?
    public var nextReviewOn: CivilDate?
    public var acceptedBy: UUID?
    public var investigatedBy: UUID?
    public var approvedBy: UUID?
    public var careForm: CareForm?
    public var voluntaryChoice: String?

    public init(
        id: UUID, region: RegionCode, householdID: UUID, certificateNo: String, program: Program,
        status: EnrollmentStatus, coverage: Coverage, memberIDs: [UUID], monthlyAmount: Money,
        categories: Set<AssistanceCategory> = [], reviewClass: ReviewClass? = nil, startedOn: CivilDate,
        startReason: String? = nil, endedOn: CivilDate? = nil, endReason: String? = nil,
        nextReviewOn: CivilDate? = nil, acceptedBy: UUID? = nil, investigatedBy: UUID? = nil,
        approvedBy: UUID? = nil, careForm: CareForm? = nil, voluntaryChoice: String? = nil
    ) {
        self.id = id
        self.region = region
        self.householdID = householdID
        self.certificateNo = certificateNo
        self.program = program
        self.status = status
        self.coverage = coverage
        self.memberIDs = memberIDs
        self.monthlyAmount = monthlyAmount
        self.categories = categories
        self.reviewClass = reviewClass
        self.startedOn = startedOn
        self.startReason = startReason
        self.endedOn = endedOn
        self.endReason = endReason
        self.nextReviewOn = nextReviewOn
        self.acceptedBy = acceptedBy
        self.investigatedBy = investigatedBy
        self.approvedBy = approvedBy
        self.careForm = careForm
        self.voluntaryChoice = voluntaryChoice
    }
}

extension Enrollment {
    /// In force on `date`: started by then, not ended by then, and not suspended. The status
    /// is today's, so a suspension is read as lasting; start and end dates place the rest.
    public func isOpen(on date: CivilDate) -> Bool {
        Self.isOpen(startedOn: startedOn, endedOn: endedOn, status: status, on: date)
    }

    static func isOpen(startedOn: CivilDate, endedOn: CivilDate?, status: EnrollmentStatus, on date: CivilDate) -> Bool {
        !(date < startedOn) && (endedOn.map { date < $0 } ?? true) && status != .suspended
    }
}

extension Array where Element == Enrollment {
    /// `self[index].isOpen(on:)`, reading the three fields in place: an enrollment taken out
    /// of the array to call the method on was copied whole (every field retained and
    /// released), for every enrollment of every household a province's audit judges.
    public func isOpen(at index: Int, on date: CivilDate) -> Bool {
        Enrollment.isOpen(startedOn: self[index].startedOn, endedOn: self[index].endedOn, status: self[index].status, on: date)
    }
}

extension Enrollment {
    /// A 低保 enrollment in force that covers `person` and records their voluntary choice of
    /// 低保 (自愿选择说明): for a person who also meets 特困, the choice settles the pair.
    public func recordsChoiceOfDibao(by person: UUID, on date: CivilDate) -> Bool {
        Self.recordsChoiceOfDibao(program: program, open: isOpen(on: date), memberIDs: memberIDs, voluntaryChoice: voluntaryChoice, by: person)
    }

    static func recordsChoiceOfDibao(program: Program, open: Bool, memberIDs: [UUID], voluntaryChoice: String?, by person: UUID) -> Bool {
        program == .dibao && open && memberIDs.contains(person) && !(voluntaryChoice ?? "").trimmed.isEmpty
    }
}

extension Array where Element == Enrollment {
    /// `self[index].recordsChoiceOfDibao(by:on:)`, its fields read in place (`isOpen(at:on:)`).
    public func recordsChoiceOfDibao(at index: Int, by person: UUID, on date: CivilDate) -> Bool {
        self[index].program == .dibao
            && Enrollment.recordsChoiceOfDibao(program: self[index].program, open: isOpen(at: index, on: date), memberIDs: self[index].memberIDs,
                                               voluntaryChoice: self[index].voluntaryChoice, by: person)
    }
}
