import DoudiDomain
import Vapor

/// A household with its members and records (`GET /api/v1/households/{key}`).
struct DossierDTO: Content {
    struct Member: Content {
        let person: PersonDTO
        let relationship: String
        let counted: Bool
        let startedOn: String?
    }

    struct Relation: Content {
        let personKey: String
        let kind: String
        let relatedIdNumberMasked: String
        let relatedPersonKey: String?
        let note: String?
    }

    struct Income: Content {
        let personKey: String?
        let category: String
        let item: String
        let amountFen: Int64
        let fromMonth: String
        let toMonth: String
        let source: String?
    }

    struct Asset: Content {
        let personKey: String?
        let kind: String
        let description: String?
        let valueFen: Int64?
        let verifiedOn: String
        let source: String?
    }

    struct Enrollment: Content {
        let key: String
        let certificateNo: String
        let program: String
        let status: String
        let coverage: String
        let memberKeys: [String]
        let monthlyAmountFen: Int64
        let startedOn: String
        let endedOn: String?
        let nextReviewOn: String?
    }

    struct Payment: Content {
        let enrollmentKey: String
        let month: String
        let amountFen: Int64
        let status: String
        let paidOn: String?
    }

    struct Change: Content {
        let at: Date
        let entity: String
        let action: String
        let byUserKey: String
    }

    let household: HouseholdDTO
    let members: [Member]
    let relations: [Relation]
    let incomes: [Income]
    let assets: [Asset]
    let enrollments: [Enrollment]
    let payments: [Payment]
    let history: [Change]

    init(_ d: HouseholdDossier) {
        household = HouseholdDTO(d.household)
        members = d.members.map { Member(person: PersonDTO($0.person), relationship: $0.membership.relationship.rawValue,
                                         counted: $0.membership.isCounted, startedOn: $0.membership.startedOn?.iso) }
        relations = d.relations.map { Relation(personKey: $0.personID.uuidString, kind: $0.kind.rawValue,
                                               relatedIdNumberMasked: $0.relatedIDNumber.masked(),
                                               relatedPersonKey: $0.relatedPersonID?.uuidString, note: $0.note) }
        incomes = d.incomes.map { Income(personKey: $0.personID?.uuidString, category: $0.category.rawValue, item: $0.item,
                                         amountFen: $0.amount.fen, fromMonth: $0.fromMonth.iso, toMonth: $0.toMonth.iso, source: $0.source) }
        assets = d.assets.map { Asset(personKey: $0.personID?.uuidString, kind: $0.kind.rawValue, description: $0.description,
                                      valueFen: $0.value?.fen, verifiedOn: $0.verifiedOn.iso, source: $0.source) }
        enrollments = d.enrollments.map { Enrollment(
            key: $0.id.uuidString, certificateNo: $0.certificateNo, program: $0.program.rawValue, status: $0.status.rawValue,
            coverage: $0.coverage.rawValue, memberKeys: $0.memberIDs.map(\.uuidString), monthlyAmountFen: $0.monthlyAmount.fen,
            startedOn: $0.startedOn.iso, endedOn: $0.endedOn?.iso, nextReviewOn: $0.nextReviewOn?.iso) }
        payments = d.payments.map { Payment(enrollmentKey: $0.enrollmentID.uuidString, month: $0.month.iso, amountFen: $0.amount.fen,
                                            status: $0.status.rawValue, paidOn: $0.paidOn?.iso) }
        history = d.history.map { Change(at: $0.changedAt, entity: $0.entity, action: $0.action.rawValue, byUserKey: $0.changedBy.uuidString) }
    }
}
