import Foundation

extension RegisteredHousehold {
    /// One household as the rules see it on `date`, from its registry records: the registry's
    /// region-wide read and the demo generator's self-check both build it here, so they
    /// cannot disagree on what the rules are shown.
    ///
    /// A household is judged when its income was checked (an income record) or it receives
    /// assistance that day: the registry holds every household of an area, most of whom never
    /// applied, and without a checked income the rules would read nothing as zero.
    /// `members` are the current members with their persons; `enrollments` every enrollment
    /// of the household, ended ones too (the audit rules read exits); `accountHolders` the
    /// persons who hold a bank account (only the household's members are looked at);
    /// `monitoringList` the ID keys on the department's poverty-monitoring list.
    public static func assemble(_ household: Household, members: [(membership: Membership, person: Person)],
                                incomes: [IncomeRecord], assets: [AssetRecord], enrollments: [Enrollment],
                                accountHolders: Set<UUID> = [], monitoringList: Set<UInt64> = [],
                                on date: CivilDate) -> Result<RegisteredHousehold, UnassessedHousehold> {
        let township = household.region.township ?? household.region
        func unassessed(_ reason: String, count: Int = 0) -> Result<RegisteredHousehold, UnassessedHousehold> {
            .failure(UnassessedHousehold(key: UUIDText.string(household.id), householdNo: household.householdNo, township: township,
                                         reason: reason, count: count))
        }
        // One enrollment order whatever order the rows came in (PostgreSQL returns them in no
        // fixed order): a rule that takes the first 低保 of a household holding two must take
        // the same one every run, or its finding would move between them.
        let enrollments = enrollments.sortedIfNeeded { a, b in
            a.startedOn != b.startedOn ? a.startedOn < b.startedOn : a.certificateNo < b.certificateNo
        }
        // Held that day. Read in place rather than filtered into a copy: every copy of an
        // enrollment retains and releases each of its fields, for a province's every household.
        func held(_ index: Int) -> Bool { enrollments.isOpen(at: index, on: date) }
        guard !incomes.isEmpty || enrollments.indices.contains(where: held) else { return unassessed("never_checked") }
        guard !members.isEmpty else { return unassessed("no_members") }
        // One member order whatever order the records came in: the head first, then by
        // relation, birth date and key. A household-level finding names the first member, so
        // the same household always gives the same finding.
        let members = members.sortedIfNeeded { a, b in
            let (ha, hb) = (a.membership.relationship == .head, b.membership.relationship == .head)
            if ha != hb { return ha }
            if a.membership.relationship != b.membership.relationship { return a.membership.relationship.rawValue < b.membership.relationship.rawValue }
            if a.person.birthDate != b.person.birthDate { return (a.person.birthDate?.daysSinceEpoch ?? .max) < (b.person.birthDate?.daysSinceEpoch ?? .max) }
            return a.person.id.precedes(b.person.id)
        }
        let dibao = enrollments.indices.first { held($0) && enrollments[$0].program == .dibao }.map {
            (CurrentDibao(monthlyAmount: enrollments[$0].monthlyAmount), enrollments[$0].reviewClass)
        }
        switch RegistrySituation.make(household: household, members: members, incomes: incomes, assets: assets, dibao: dibao, on: date) {
        case let .failure(missing):
            return unassessed("missing_birth_dates", count: missing.names.count)
        case let .success(situation):
            let judged = RegistrySituation.judged(members, on: date)
            var recorded = Set<Program>()
            for index in enrollments.indices where held(index) { recorded.insert(enrollments[index].program) }
            // One pass over the members, each read in place: a `map` or `contains` per field
            // copied every member (a retain and a release per field) each time.
            var onTekun: [Bool] = [], choseDibao: [Bool] = [], memberIDs: [UUID] = [], persons: [Person] = []
            onTekun.reserveCapacity(judged.count)
            choseDibao.reserveCapacity(judged.count)
            memberIDs.reserveCapacity(judged.count)
            persons.reserveCapacity(judged.count)
            var monitored = false, listed = false
            for member in judged.indices {
                let id = judged[member].person.id
                memberIDs.append(id)
                var tekun = false, chose = false
                for index in enrollments.indices {
                    if !tekun, enrollments[index].program == .tekun, held(index), enrollments[index].memberIDs.contains(id) { tekun = true }
                    if !chose, enrollments.recordsChoiceOfDibao(at: index, by: id, on: date) { chose = true }
                }
                onTekun.append(tekun)
                choseDibao.append(chose)
                if !monitored, !judged[member].person.specialStatuses.isDisjoint(with: SpecialStatus.povertyMonitoring) { monitored = true }
                if !listed, !monitoringList.isEmpty, let key = judged[member].person.idNumber.packedKey, monitoringList.contains(key) { listed = true }
                persons.append(judged[member].person)
            }
            var hasAccount = false
            for member in members.indices where accountHolders.contains(members[member].person.id) {
                hasAccount = true
                break
            }
            return .success(RegisteredHousehold(
                key: UUIDText.string(household.id), householdNo: household.householdNo, township: township, situation: situation,
                recorded: recorded, onTekun: onTekun, choseDibao: choseDibao, memberIDs: memberIDs, enrollments: enrollments,
                monitored: monitored, listedByDepartment: listed, persons: persons, hasAccount: hasAccount))
        }
    }
}
