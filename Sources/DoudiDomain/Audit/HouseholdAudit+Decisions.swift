/// What the household rules read of the programs' decisions (`HouseholdAudit.hits`): the
/// household's 低保, and a member's 特困 and 两项补贴.
public protocol ProgramDecisions {
    var dibao: DibaoDecision { get }
    func member(_ index: Int) -> HouseholdPrograms.Member
}

extension HouseholdPrograms: ProgramDecisions {
    public func member(_ index: Int) -> Member { members[index] }
}

extension HouseholdAudit {
    /// The programs' decisions with only the members the rules read judged (`membersRead`):
    /// `HouseholdPrograms` judges 特困 for every member of every household, and on a province
    /// that was half of judging its households, while the rules read it for one-person 低保
    /// households alone. Gives the rules exactly what `HouseholdPrograms` would.
    ///
    /// Built only beside the `hits` call it serves (`ProgramBatch.hits`), from the same household,
    /// day and parameters: internal, so no caller can pair it with another. A rule reading a
    /// member `membersRead` does not name stops the process rather than judge from a guess;
    /// every audit case in the tests runs both ways, so a rule that does is caught there.
    struct Decisions: ProgramDecisions {
        let dibao: DibaoDecision
        private let judged: [(index: Int, member: HouseholdPrograms.Member)]

        init(_ household: borrowing RegisteredHousehold, on date: CivilDate, parameters p: borrowing ProgramParameters) {
            let situation = household.situation, onTekun = household.onTekun
            let decision = HouseholdPrograms.Dibao(situation, on: date, parameters: p, onTekun: onTekun).decision
            dibao = decision
            judged = HouseholdAudit.membersRead(household, on: date).map {
                ($0, HouseholdPrograms.member($0, of: situation, dibao: decision, on: date, parameters: p, onTekun: onTekun))
            }
        }

        /// Only a member `membersRead` named: any other is a rule reading what it did not declare.
        func member(_ index: Int) -> HouseholdPrograms.Member {
            guard let found = judged.first(where: { $0.index == index }) else {
                preconditionFailure("HouseholdAudit.membersRead does not name member \(index)")
            }
            return found.member
        }
    }

    /// The members whose 特困 or 两项补贴 `hits` reads, by index: the one member of a household
    /// holding 低保 (HH-TEKUN), and each member on a 两项补贴 in force (HH-SUBSIDY). Kept beside
    /// `hits` and checked against it by the tests (every audit case runs both ways).
    static func membersRead(_ household: borrowing RegisteredHousehold, on date: CivilDate) -> [Int] {
        let memberIDs = household.memberIDs, alone = household.situation.members.count == 1
        var read: [Int] = []
        func note(_ index: Int) { if !read.contains(index) { read.append(index) } }
        let enrollments = household.enrollments
        for index in enrollments.indices where enrollments.isOpen(at: index, on: date) {
            switch enrollments[index].program {
            case .dibao where alone: note(0)
            case .disabilityLivingSubsidy, .severeDisabilityCareSubsidy:
                for personID in enrollments[index].memberIDs {
                    if let member = memberIDs.firstIndex(of: personID) { note(member) }
                }
            default: break
            }
        }
        return read
    }
}
