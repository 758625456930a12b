import DoudiDomain
import Foundation

// Stored rows of the person and household records, mapped to domain values at the
// boundary. A row the domain cannot represent is a data-integrity error, never a guess.

extension IncomeRecordRow {
    func toDomain() throws -> IncomeRecord {
        guard let category = IncomeCategory(rawValue: category), let from = MonthPeriod(iso: fromMonth), let to = MonthPeriod(iso: toMonth)
        else { throw DataIntegrityError(message: "income_records row \(id) is malformed") }
        return IncomeRecord(id: id, householdID: householdId, personID: personId, category: category, item: item,
                            amount: Money(fen: amountFen), fromMonth: from, toMonth: to, source: source)
    }
}

extension AssetRecordRow {
    func toDomain() throws -> AssetRecord {
        guard let kind = AssetKind(rawValue: kind), let verified = CivilDate(iso: verifiedOn)
        else { throw DataIntegrityError(message: "asset_records row \(id) is malformed") }
        return AssetRecord(id: id, householdID: householdId, personID: personId, kind: kind, description: description,
                           value: valueFen.map(Money.init(fen:)), quantityHundredths: quantityHundredths,
                           acquiredOn: acquiredOn.flatMap { CivilDate(iso: $0) }, verifiedOn: verified, source: source)
    }
}

extension PaymentRow {
    func toDomain() throws -> Payment {
        guard let month = MonthPeriod(iso: month), let status = PaymentStatus(rawValue: status)
        else { throw DataIntegrityError(message: "payments row \(id) is malformed") }
        return Payment(id: id, enrollmentID: enrollmentId, month: month, amount: Money(fen: amountFen),
                       paidOn: paidOn.flatMap { CivilDate(iso: $0) }, status: status, reference: reference)
    }
}

extension PersonRelationRow {
    func toDomain(today: CivilDate) throws -> PersonRelation {
        guard let kind = RelationKind(rawValue: kind) else { throw DataIntegrityError(message: "person_relations row \(id) is malformed") }
        return PersonRelation(id: id, personID: personId, relatedIDNumber: RecordedIDNumber(validating: relatedIdNumber, today: today),
                              relatedPersonID: relatedPersonId, kind: kind, note: note)
    }
}

extension EnrollmentRow {
    /// `memberIds` must be filled (see `EnrollmentMemberStore`) before mapping.
    func toDomain() throws -> Enrollment {
        guard let region = RegionCode(regionCode), let program = Program(rawValue: program),
              let status = EnrollmentStatus(rawValue: status), let coverage = Coverage(rawValue: coverage),
              let started = CivilDate(iso: startedOn)
        else { throw DataIntegrityError(message: "enrollments row \(id) is malformed") }
        return Enrollment(
            id: id, region: region, householdID: householdId, certificateNo: certificateNo, program: program, status: status,
            coverage: coverage, memberIDs: memberIds, monthlyAmount: Money(fen: monthlyAmountFen),
            categories: Set(categories.split(separator: ",").compactMap { AssistanceCategory(rawValue: String($0)) }),
            reviewClass: reviewClass.flatMap(ReviewClass.init(rawValue:)), startedOn: started, startReason: startReason,
            endedOn: endedOn.flatMap { CivilDate(iso: $0) }, endReason: endReason,
            nextReviewOn: nextReviewOn.flatMap { CivilDate(iso: $0) }, acceptedBy: acceptedBy, investigatedBy: investigatedBy,
            approvedBy: approvedBy, careForm: careForm.flatMap(CareForm.init(rawValue:)), voluntaryChoice: voluntaryChoice)
    }
}
