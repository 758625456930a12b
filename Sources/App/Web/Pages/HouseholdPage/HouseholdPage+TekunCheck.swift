import DoudiDomain
import Foundation

extension HouseholdPage {
    /// For a 低保 household of one person: whether that person meets the 特困 conditions
    /// (the campaigns' 该吃五保吃低保: a 特困-eligible person left on 低保), by the rules'
    /// decision with its working. Built on the household's 低保 recomputation, whose asset
    /// test stands for the property condition.
    ///
    /// What the registry does not hold counts as not shown: a recorded supporter whose
    /// income and situation are unknown is able to support; the latest self-care
    /// assessment sets the care standard, and without one no amount is given.
    struct TekunCheck: Sendable {
        let person: Person
        let date: CivilDate
        let outcome: CheckOutcome<TekunEligibility>

        static func all(_ dossier: HouseholdDossier, dibaoChecks: [DibaoCheck], book: PolicyBook, on date: CivilDate) -> [TekunCheck] {
            let living = dossier.members.filter { $0.membership.isCurrent && $0.person.deathDate.map { $0 > date } ?? true }
            guard living.count == 1, let person = living.first?.person, let dibao = dibaoChecks.first else { return [] }
            // Already on 特困 as well: the problem is the double benefit (the cross-check's ID-DUP), not a missed transfer.
            if let tekun = dossier.enrollments.first(where: {
                $0.program == .tekun && ($0.status == .active || $0.status == .phasingOut) && $0.memberIDs.contains(person.id)
            }) {
                return [TekunCheck(person: person, date: date,
                                   outcome: .notAssessed(L("tekun_check.already_tekun", ["certificate": tekun.certificateNo])))]
            }
            // A recorded voluntary choice of 低保 settles the pair (ProgramConflicts): no alert.
            if dossier.enrollments.contains(where: { $0.recordsChoiceOfDibao(by: person.id, on: date) }) {
                return [TekunCheck(person: person, date: date, outcome: .notAssessed(L("tekun_check.chose_dibao")))]
            }
            return [check(person, dossier: dossier, dibao: dibao, book: book, on: date)]
        }

        static func check(_ person: Person, dossier: HouseholdDossier, dibao: DibaoCheck, book: PolicyBook, on date: CivilDate) -> TekunCheck {
            guard case let .decided(dibaoDecision) = dibao.outcome, let birthDate = person.birthDate else {
                let reason: String
                if case let .notAssessed(why) = dibao.outcome { reason = why } else { reason = L("tekun_check.no_birth_date") }
                return TekunCheck(person: person, date: date, outcome: .notAssessed(reason))
            }
            let incomes = dibao.situation?.members.first?.incomes ?? []
            let supporters = dossier.relations
                .filter { $0.personID == person.id && $0.kind != .closeRelative }
                .map { TekunSupporter(birthDate: $0.relatedIDNumber.citizenID?.birthDate) }
            let applicant = TekunApplicant(
                birthDate: birthDate, area: dossier.household.areaKind, disabilities: person.disability.map { [$0] } ?? [],
                incomes: incomes, propertyWithinRule: !dibaoDecision.reasons.contains { $0.hasPrefix("assets.") },
                supporters: supporters,
                // The latest assessment made by the day decides the care standard.
                adlItemsNotMet: dossier.adl.first { $0.personID == person.id && !(date < $0.assessedOn) }?.itemsNotMet,
                choseOrphanScheme: dossier.enrollments.contains { $0.program == .orphan && $0.status == .active && $0.memberIDs.contains(person.id) })
            do {
                let parameters = try TekunParameters(book: book, region: dossier.household.region, on: date)
                return TekunCheck(person: person, date: date, outcome: .decided(TekunEligibility(applicant, on: date, parameters: parameters, explain: true)))
            } catch {
                return TekunCheck(person: person, date: date, outcome: .notAssessed(L("dibao_check.no_policy", ["detail": error.description])))
            }
        }
    }
}
