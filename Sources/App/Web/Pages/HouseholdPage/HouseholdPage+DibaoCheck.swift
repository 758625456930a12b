import DoudiDomain
import Foundation

extension HouseholdPage {
    /// A 低保 enrollment in payment, recomputed under the policy in force on the day: the
    /// rules' decision with its working, or why it could not be assessed.
    /// What a rule check on the page came to: the rules' decision, or why it could not be made.
    enum CheckOutcome<Decision: Sendable>: Sendable {
        case decided(Decision)
        case notAssessed(String)
    }

    struct DibaoCheck: Sendable {
        let enrollment: Enrollment
        let date: CivilDate
        let outcome: CheckOutcome<DibaoDecision>
        /// The household as the rules saw it, when it could be read (the 特困 check reuses it).
        var situation: HouseholdSituation?

        /// The recorded monthly amount differs from what the rules give.
        var mismatch: Bool {
            guard case let .decided(decision) = outcome else { return false }
            return decision.amount.money != enrollment.monthlyAmount
        }

        /// Every active or phasing-out 低保 enrollment of the household, recomputed.
        static func all(_ dossier: HouseholdDossier, book: PolicyBook, on date: CivilDate) -> [DibaoCheck] {
            dossier.enrollments
                .filter { $0.program == .dibao && ($0.status == .active || $0.status == .phasingOut) }
                .map { check($0, dossier: dossier, book: book, on: date) }
        }

        static func check(_ enrollment: Enrollment, dossier: HouseholdDossier, book: PolicyBook, on date: CivilDate) -> DibaoCheck {
            let situation = RegistrySituation.make(household: dossier.household, members: dossier.members, incomes: dossier.incomes,
                                                   assets: dossier.assets, enrollment: enrollment, on: date)
            switch situation {
            case let .failure(missing):
                return DibaoCheck(enrollment: enrollment, date: date,
                                  outcome: .notAssessed(L("dibao_check.missing_birth_dates", ["names": missing.names.joined(separator: "、")])))
            case let .success(household):
                do {
                    let parameters = try DibaoParameters(book: book, region: dossier.household.region, on: date)
                    let decision = DibaoEvaluator.evaluate(household, on: date, parameters: parameters, explain: true)
                    return DibaoCheck(enrollment: enrollment, date: date, outcome: .decided(decision), situation: household)
                } catch {
                    return DibaoCheck(enrollment: enrollment, date: date,
                                      outcome: .notAssessed(L("dibao_check.no_policy", ["detail": error.description])))
                }
            }
        }
    }
}
