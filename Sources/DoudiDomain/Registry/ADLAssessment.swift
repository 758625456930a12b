import Foundation

/// A self-care assessment on the six ADL items of 43号 (feeding, dressing, getting in
/// and out of bed, toileting, walking indoors, bathing), with the care form chosen.
public struct ADLAssessment: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var personID: UUID
    public var assessedOn: CivilDate
    public var assessor: String
    /// `true` = the person can do it unaided.
    public var feeding: Bool
    public var dressing: Bool
    public var transferring: Bool
    public var toileting: Bool
    public var walkingIndoors: Bool
    public var bathing: Bool
    public var careForm: CareForm?
    public var institution: String?

    public init(id: UUID, personID: UUID, assessedOn: CivilDate, assessor: String, feeding: Bool, dressing: Bool,
                transferring: Bool, toileting: Bool, walkingIndoors: Bool, bathing: Bool,
                careForm: CareForm?, institution: String?) {
        self.id = id
        self.personID = personID
        self.assessedOn = assessedOn
        self.assessor = assessor
        self.feeding = feeding
        self.dressing = dressing
        self.transferring = transferring
        self.toileting = toileting
        self.walkingIndoors = walkingIndoors
        self.bathing = bathing
        self.careForm = careForm
        self.institution = institution
    }

    /// How many of the six items the person cannot do (0 = 全自理, ≤3 部分丧失, ≥4 完全丧失; 43号).
    public var itemsNotMet: Int {
        [feeding, dressing, transferring, toileting, walkingIndoors, bathing].filter { !$0 }.count
    }
}
