import Foundation

/// One registered household as the region-wide runs (the standard simulation, the
/// all-programs batch) see it: the rules' input, its township for totals, and what the
/// registry records it holds.
public struct RegisteredHousehold: Sendable {
    /// An opaque key for linking to the household (never an ID number).
    public let key: String
    public let householdNo: String
    public let township: RegionCode
    public let situation: HouseholdSituation
    /// Programs with an active or phasing-out enrollment for the household.
    public let recorded: Set<Program>
    /// Per member of `situation`, in order: on a recorded 特困 enrollment.
    public let onTekun: [Bool]
    /// Per member of `situation`, in order: chose 低保 over 特困 in writing.
    public let choseDibao: [Bool]
    /// Per member of `situation`, in order: the person (an opaque key, never an ID number).
    public let memberIDs: [UUID]
    /// Every enrollment of the household, ended ones too (the audit rules read exits).
    public let enrollments: [Enrollment]
    /// A member is recorded in the registry as a poverty-monitoring object (防返贫监测:
    /// 脱贫不稳定户, 边缘易致贫户, 突发严重困难户).
    public let monitored: Bool
    /// A member is on the department's monitoring list (乡村振兴's 防返贫监测对象名单, a
    /// reference batch), whether or not the registry records it.
    public let listedByDepartment: Bool
    /// Per member of `situation`, in order: the registry's person record (the data-quality rules read it).
    public let persons: [Person]
    /// Some current member holds a bank account for payments.
    public let hasAccount: Bool

    public init(key: String, householdNo: String, township: RegionCode, situation: HouseholdSituation,
                recorded: Set<Program> = [], onTekun: [Bool]? = nil, choseDibao: [Bool]? = nil, memberIDs: [UUID]? = nil,
                enrollments: [Enrollment] = [], monitored: Bool = false, listedByDepartment: Bool = false, persons: [Person] = [],
                hasAccount: Bool = true) {
        self.key = key
        self.householdNo = householdNo
        self.township = township
        self.situation = situation
        self.recorded = recorded
        self.onTekun = onTekun ?? Array(repeating: false, count: situation.members.count)
        self.choseDibao = choseDibao ?? Array(repeating: false, count: situation.members.count)
        self.memberIDs = memberIDs ?? situation.members.map { _ in UUID() }
        self.enrollments = enrollments
        self.monitored = monitored
        self.listedByDepartment = listedByDepartment
        self.persons = persons
        self.hasAccount = hasAccount
    }

    /// Where its monitoring is known from: `registry`, `department` or `both`; nil when not monitored.
    public var monitoringSource: String? {
        switch (monitored, listedByDepartment) {
        case (true, true): "both"
        case (true, false): "registry"
        case (false, true): "department"
        case (false, false): nil
        }
    }

    /// The area of each member on 特困 (whose basic living standard moves with the 低保 standard).
    public var tekunAreas: [AreaKind] { onTekun.filter { $0 }.map { _ in situation.area } }
}

/// A household the rules cannot judge, with why: one bad record gets its own outcome and
/// never stops a run.
public struct UnassessedHousehold: Error, Sendable {
    public let key: String
    public let householdNo: String
    public let township: RegionCode
    /// `missing_birth_dates` (with `count` members), `no_policy`.
    public let reason: String
    public let count: Int

    public init(key: String, householdNo: String, township: RegionCode, reason: String, count: Int = 0) {
        self.key = key
        self.householdNo = householdNo
        self.township = township
        self.reason = reason
        self.count = count
    }
}
