import DoudiDomain
import Foundation

/// Memberships, persons and enrollments in a snapshot (`HouseholdInputs`): every field, in
/// declaration order, so a snapshot's household is the one the database read gave. `known`
/// are the keys read so far (the household's, then its members' persons'), which a record's
/// own keys mostly repeat (`uuid(_:among:)`).
extension SnapshotWriter {
    mutating func membership(_ m: Membership, known: [UUID]) {
        uuid(m.id); uuid(m.householdID, among: known); uuid(m.personID, among: known); code(m.relationship); optional(m.basis) { $0.code($1) }
        optional(m.startedOn) { $0.date($1) }; optional(m.endedOn) { $0.date($1) }
    }

    mutating func person(_ p: Person) {
        uuid(p.id); region(p.region)
        text(p.idNumber.value); code(p.idNumber.status); optional(p.idNumber.packedKey) { $0.unsigned($1) }; bool(p.idNumber.unverifiedRegion)
        text(p.name); optional(p.sex) { $0.code($1) }; optional(p.birthDate) { $0.date($1) }; optional(p.ethnicity) { $0.text($1) }
        optional(p.hukouRegion) { $0.text($1) }; optional(p.hukouType) { $0.code($1) }
        optional(p.disability) { out, d in
            out.code(d.category); out.code(d.grade); out.optional(d.certificateNo) { $0.text($1) }; out.optional(d.validUntil) { $0.date($1) }
        }
        bool(p.hasSeriousIllness); optional(p.seriousIllness) { $0.text($1) }; optional(p.labourCapacity) { $0.code($1) }
        optional(p.employment) { $0.code($1) }; optional(p.schooling) { $0.code($1) }
        array(SpecialStatus.allCases.filter(p.specialStatuses.contains)) { $0.code($1) }
        optional(p.deathDate) { $0.date($1) }
    }

    mutating func enrollment(_ e: Enrollment, known: [UUID]) {
        uuid(e.id); region(e.region); uuid(e.householdID, among: known); text(e.certificateNo); code(e.program); code(e.status); code(e.coverage)
        array(e.memberIDs) { $0.uuid($1, among: known) }; int(e.monthlyAmount.fen)
        array(AssistanceCategory.allCases.filter(e.categories.contains)) { $0.code($1) }
        optional(e.reviewClass) { $0.code($1) }; date(e.startedOn); optional(e.startReason) { $0.text($1) }
        optional(e.endedOn) { $0.date($1) }; optional(e.endReason) { $0.text($1) }; optional(e.nextReviewOn) { $0.date($1) }
        optional(e.acceptedBy) { $0.uuid($1) }; optional(e.investigatedBy) { $0.uuid($1) }; optional(e.approvedBy) { $0.uuid($1) }
        optional(e.careForm) { $0.code($1) }; optional(e.voluntaryChoice) { $0.text($1) }
    }
}

extension SnapshotReader {
    mutating func membership(_ codes: SnapshotCodes, known: [UUID]) throws -> Membership {
        Membership(id: try uuid(), householdID: try uuid(among: known), personID: try uuid(among: known), relationship: try code(codes.relationships),
                   basis: try optional { try $0.code(codes.bases) }, startedOn: try optional { try $0.date() }, endedOn: try optional { try $0.date() })
    }

    mutating func person(_ codes: SnapshotCodes) throws -> Person {
        let id = try uuid(), region = try region()
        let idNumber = RecordedIDNumber(value: try text(), status: try code(codes.idStatuses), packedKey: try optional { try $0.unsigned() },
                                        unverifiedRegion: try bool())
        return Person(
            id: id, region: region, idNumber: idNumber, name: try text(), sex: try optional { try $0.code(codes.sexes) },
            birthDate: try optional { try $0.date() }, ethnicity: try optional { try $0.text() }, hukouRegion: try optional { try $0.text() },
            hukouType: try optional { try $0.code(codes.hukouTypes) },
            disability: try optional { input in
                Disability(category: try input.code(codes.disabilityCategories), grade: try input.code(codes.disabilityGrades),
                           certificateNo: try input.optional { try $0.text() }, validUntil: try input.optional { try $0.date() })
            },
            hasSeriousIllness: try bool(), seriousIllness: try optional { try $0.text() },
            labourCapacity: try optional { try $0.code(codes.labourCapacities) }, employment: try optional { try $0.code(codes.employments) },
            schooling: try optional { try $0.code(codes.schoolings) },
            specialStatuses: try set { try $0.code(codes.specialStatuses) }, deathDate: try optional { try $0.date() })
    }

    mutating func enrollment(_ codes: SnapshotCodes, known: [UUID]) throws -> Enrollment {
        Enrollment(
            id: try uuid(), region: try region(), householdID: try uuid(among: known), certificateNo: try text(), program: try code(codes.programs),
            status: try code(codes.enrollmentStatuses), coverage: try code(codes.coverages), memberIDs: try array { try $0.uuid(among: known) },
            monthlyAmount: Money(fen: try int()), categories: try set { try $0.code(codes.categories) },
            reviewClass: try optional { try $0.code(codes.reviewClasses) }, startedOn: try date(), startReason: try optional { try $0.text() },
            endedOn: try optional { try $0.date() }, endReason: try optional { try $0.text() }, nextReviewOn: try optional { try $0.date() },
            acceptedBy: try optional { try $0.uuid() }, investigatedBy: try optional { try $0.uuid() }, approvedBy: try optional { try $0.uuid() },
            careForm: try optional { try $0.code(codes.careForms) }, voluntaryChoice: try optional { try $0.text() })
    }
}
