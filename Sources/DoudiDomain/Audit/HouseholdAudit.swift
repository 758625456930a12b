import Foundation

/// Judges one household against the household rules (`HouseholdRule`) on a date, from the
/// all-programs decision (`HouseholdPrograms`) and its enrollments. Pure: the caller loads.
///
/// Source: see `HouseholdRule`; each check below names its rule.
public enum HouseholdAudit {
    public struct Settings: Sendable {
        /// 脱保复核 looks at enrollments ended on or after this day.
        public var exitsSince: CivilDate
        /// Who counts as elderly or a child (脱保复核, 漏保).
        public var ages: AuditAges
        /// 渐退未执行 looks at 低保 ended within this many months before the day.
        public var phasedExitLookbackMonths: Int

        public init(exitsSince: CivilDate, ages: AuditAges, phasedExitLookbackMonths: Int = 12) {
            self.exitsSince = exitsSince
            self.ages = ages
            self.phasedExitLookbackMonths = phasedExitLookbackMonths
        }
    }

    /// A hit's facts are what a stored finding's evidence hash covers, so none of them moves
    /// with the day alone (an age, the days overdue): a re-run on the same records gives the
    /// same evidence, and only a change in the records reopens a reviewed finding.
    public static func hits<Programs: ProgramDecisions>(_ household: borrowing RegisteredHousehold, programs: Programs, parameters p: ProgramParameters,
                            on date: CivilDate, settings: Settings) -> [HouseholdHit] {
        var hits: [HouseholdHit] = []
        let memberIDs = household.memberIDs, enrollments = household.enrollments
        // Enrollments by index, never filtered into copies: each copy retains and releases
        // every field, for every household of a province.
        let open = enrollments.indices.filter { enrollments.isOpen(at: $0, on: date) }
        // By index, the fields read in place: an enrollment passed to the test was copied whole.
        func firstOpen(_ test: (Int) -> Bool) -> Int? { open.first(where: test) }
        let members = household.situation.members
        // The subject of a whole-household enrollment's finding is the household's first member
        // (the head, `RegisteredHousehold.assemble`), not whichever covered member was read first.
        func person(of enrollment: Enrollment) -> UUID {
            (enrollment.coverage == .individual ? enrollment.memberIDs.first : nil) ?? memberIDs.first ?? enrollment.householdID
        }

        // HH-TEKUN: one person on 低保 who meets 特困 and did not choose 低保 in writing.
        if let dibao = firstOpen({ enrollments[$0].program == .dibao }), members.count == 1, programs.member(0).tekun.status == .eligible,
           !household.onTekun[0], !ProgramConflicts.tekunAndDibao(choseDibaoOverTekun: household.choseDibao[0]).isEmpty {
            hits.append(HouseholdHit(rule: .tekunOnDibao, enrollmentID: enrollments[dibao].id, personID: memberIDs[0], facts: [
                "reasons": programs.member(0).tekun.incapacity.reasons.map(\.code).joined(separator: ","),
            ]))
        }
        // HH-AMOUNT: 低保 in payment (not tapering) whose amount differs from the rules' for a covered household.
        if let dibao = firstOpen({ enrollments[$0].program == .dibao && enrollments[$0].status == .active }),
           programs.dibao.status == .eligible || programs.dibao.status == .singlePerson,
           programs.dibao.amount.money != enrollments[dibao].monthlyAmount {
            hits.append(HouseholdHit(rule: .amountMismatch, enrollmentID: enrollments[dibao].id, personID: person(of: enrollments[dibao]), facts: [
                "recorded": enrollments[dibao].monthlyAmount.yuanText, "computed": programs.dibao.amount.money.yuanText,
            ]))
        }
        // HH-REVIEW: each enrollment in force past its review date.
        for index in open {
            guard let due = enrollments[index].nextReviewOn, due < date else { continue }
            hits.append(HouseholdHit(rule: .reviewOverdue, enrollmentID: enrollments[index].id, personID: person(of: enrollments[index]), facts: [
                "program": enrollments[index].program.rawValue, "due": due.iso,
            ]))
        }
        let coveredNow = firstOpen({ enrollments[$0].program == .dibao || enrollments[$0].program == .tekun }) != nil
        // Ended by the day: read only for households not covered now, a few.
        let ended = coveredNow ? [] : enrollments.filter { enrollment in enrollment.endedOn.map { !(date < $0) } ?? false }
        // HH-TAPER: 低保 ended lately, income now inside the 渐退 band, the region tapers, and the end was not a 渐退.
        // No 渐退 history is stored, so "not a 渐退" is read from the end reason (a heuristic):
        // an end reason naming 渐退 counts as one.
        let lookback = date.adding(months: -settings.phasedExitLookbackMonths)
        if !coveredNow, p.dibao.phasedExitMonths > 0, programs.dibao.membersCounted > 0,
           let last = ended.filter({ $0.program == .dibao && !($0.endedOn! < lookback) }).max(by: { $0.endedOn! < $1.endedOn! }),
           !(last.endReason ?? "").includes("渐退"),
           PhasedExit.withinBand(income: programs.dibao.householdIncome.money, counted: programs.dibao.membersCounted,
                                 area: household.situation.area, parameters: p.dibao),
           !(programs.dibao.householdIncome.money < p.dibao.standard(household.situation.area) * Int64(programs.dibao.membersCounted)) {
            hits.append(HouseholdHit(rule: .phasedExitMissing, enrollmentID: last.id, personID: person(of: last), facts: [
                "ended": last.endedOn!.iso, "income": programs.dibao.householdIncome.description, "counted": String(programs.dibao.membersCounted),
            ]))
        }
        // HH-EXIT: 低保 or 特困 ended since the day set, a vulnerable member, nothing in its place.
        if !coveredNow, let last = ended.filter({ ($0.program == .dibao || $0.program == .tekun) && !($0.endedOn! < settings.exitsSince) })
            .max(by: { $0.endedOn! < $1.endedOn! }) {
            let vulnerable = members.filter { settings.ages.isVulnerable($0, on: date) }
            if !vulnerable.isEmpty {
                hits.append(HouseholdHit(rule: .exitReview, enrollmentID: last.id, personID: person(of: last), facts: [
                    "program": last.program.rawValue, "ended": last.endedOn!.iso, "vulnerable": String(vulnerable.count),
                ]))
            }
        }
        // HH-MISSED: a monitored household (in the registry or on the department's list) with a
        // vulnerable member, the rules grant 低保 on its checked income, and it holds neither 低保
        // nor 特困. The subject is the household's first member and no enrollment.
        if let source = household.monitoringSource, !coveredNow,
           programs.dibao.status == .eligible || programs.dibao.status == .singlePerson {
            let vulnerable = members.filter { settings.ages.isVulnerable($0, on: date) }
            if !vulnerable.isEmpty, let first = memberIDs.first {
                hits.append(HouseholdHit(rule: .missedCoverage, enrollmentID: nil, personID: first, facts: [
                    "income": programs.dibao.householdIncome.description, "counted": String(programs.dibao.membersCounted),
                    "vulnerable": String(vulnerable.count), "computed": programs.dibao.amount.money.yuanText, "monitoring": source,
                ]))
            }
        }
        hits += dataQuality(household, open: open, ages: settings.ages, on: date)
        // HH-SUBSIDY: a 两项补贴 in payment to a member the rules refuse it.
        for index in open where enrollments[index].program == .disabilityLivingSubsidy || enrollments[index].program == .severeDisabilityCareSubsidy {
            let enrollment = enrollments[index]
            for personID in enrollment.memberIDs {
                guard let member = memberIDs.firstIndex(of: personID) else { continue }
                let subsidies = programs.member(member).subsidies
                let grant = enrollment.program == .disabilityLivingSubsidy ? subsidies?.living : subsidies?.care
                // No disability on file at all is a refusal too: the subsidy has nothing to rest on.
                guard case let .refused(reason) = grant ?? .refused("no_certificate") else { continue }
                hits.append(HouseholdHit(rule: .subsidyError, enrollmentID: enrollment.id, personID: personID,
                                         facts: ["program": enrollment.program.rawValue, "reason": reason]))
            }
        }
        return hits
    }

    /// The data-quality rules on the enrollments in force (`open`, indices into the household's
    /// enrollments): fields a covered member lacks, no account to pay into, a 户籍地 outside
    /// the paying county. Need the person records; a household assembled without them is not
    /// judged here. Members and enrollments are read in place, by index, never copied.
    static func dataQuality(_ household: RegisteredHousehold, open: [Int], ages: AuditAges, on date: CivilDate) -> [HouseholdHit] {
        let persons = household.persons, memberIDs = household.memberIDs, enrollments = household.enrollments
        guard persons.count == memberIDs.count, !persons.isEmpty else { return [] }
        var hits: [HouseholdHit] = []
        for index in open {
            let meansTested = enrollments[index].program == .dibao || enrollments[index].program == .tekun
            let county = enrollments[index].region.value.prefix(6)
            var hukou: Substring?, hukouInCounty = false
            for personID in enrollments[index].memberIDs {
                // A handful of members: found by a scan, not a dictionary built per household.
                guard let member = memberIDs.firstIndex(of: personID) else { continue }
                // DQ-FIELDS: what the roll must hold for every covered member.
                var missing: [String] = []
                if persons[member].sex == nil { missing.append("sex") }
                if (persons[member].hukouRegion ?? "").isEmpty { missing.append("hukou_region") }
                if persons[member].hukouType == nil { missing.append("hukou_type") }
                // Working age: from 16 (劳动法 art 15) to the elderly age.
                if meansTested, let born = persons[member].birthDate, (16..<ages.elderly).contains(born.age(on: date)),
                   persons[member].labourCapacity == nil {
                    missing.append("labour_capacity")
                }
                if !missing.isEmpty {
                    hits.append(HouseholdHit(rule: .missingFields, enrollmentID: enrollments[index].id, personID: personID, facts: [
                        "program": enrollments[index].program.rawValue, "fields": missing.joined(separator: ","),
                    ]))
                }
                if let region = persons[member].hukouRegion, region.count >= 6 {
                    if hukou == nil { hukou = region.prefix(6) }
                    // Region codes are digits: compared as bytes (a `Character` prefix walks graphemes).
                    if region.utf8.starts(with: county.utf8) { hukouInCounty = true }
                }
            }
            // DQ-REGION: a household applies through a member whose 户籍 is where it applies
            // (57号 art 4–6; members with 户籍 elsewhere are allowed), so a means-tested case
            // none of whose covered members has 户籍 in the paying county is to be checked.
            // The subject is the first covered member in the household's order (the covered
            // list comes in no fixed order); the 户籍 shown, the first covered member's on file.
            if meansTested, let hukou, !hukouInCounty,
               let first = memberIDs.first(where: { enrollments[index].memberIDs.contains($0) }) {
                hits.append(HouseholdHit(rule: .regionMismatch, enrollmentID: enrollments[index].id, personID: first, facts: [
                    "program": enrollments[index].program.rawValue, "hukou": String(hukou), "paying": String(county),
                ]))
            }
        }
        // DQ-ACCOUNT: cash in payment and nowhere to pay it.
        if !household.hasAccount, let paid = open.first(where: { enrollments[$0].status == .active && enrollments[$0].monthlyAmount > .zero }),
           let first = memberIDs.first {
            hits.append(HouseholdHit(rule: .noAccount, enrollmentID: enrollments[paid].id, personID: first,
                                     facts: ["program": enrollments[paid].program.rawValue]))
        }
        return hits
    }
}
