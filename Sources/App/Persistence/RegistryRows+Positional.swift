import Foundation

/// The registry's rows read positionally from SQLite (`SQLiteValues`), in their `columns`
/// order: the same fields the `Codable` path decodes by name, for the region-wide reads.
extension MembershipRow {
    init(_ values: inout SQLiteValues) throws {
        self.init(id: try values.uuid(), regionCode: try values.text(), householdId: try values.uuid(), personId: try values.uuid(),
                  relationship: try values.text(), basis: try values.optionalText(), counted: try values.bool(),
                  startedOn: try values.optionalText(), endedOn: try values.optionalText())
    }
}

extension PersonRow {
    init(_ values: inout SQLiteValues) throws {
        id = try values.uuid()
        regionCode = try values.text()
        idNumber = try values.text()
        idStatus = try values.text()
        idKey = try values.optionalInt64()
        idUnverifiedRegion = try values.bool()
        name = try values.text()
        sex = try values.optionalText()
        birthDate = try values.optionalText()
        ethnicity = try values.optionalText()
        hukouRegion = try values.optionalText()
        hukouType = try values.optionalText()
        disabilityCategory = try values.optionalText()
        disabilityGrade = try values.optionalText()
        disabilityCertNo = try values.optionalText()
        disabilityCertValidUntil = try values.optionalText()
        seriousIllness = try values.bool()
        diagnosis = try values.optionalText()
        labourCapacity = try values.optionalText()
        employment = try values.optionalText()
        schooling = try values.optionalText()
        specialStatuses = try values.text()
        deathDate = try values.optionalText()
    }
}

/// A row type the region-wide reads decode positionally on SQLite (`Registry.rows`).
protocol PositionalRow: TableRow {
    init(_ values: inout SQLiteValues) throws
}

extension HouseholdRow: PositionalRow {
    init(_ values: inout SQLiteValues) throws {
        self.init(id: try values.uuid(), regionCode: try values.text(), householdNo: try values.text(), address: try values.text(),
                  areaKind: try values.text(), headPersonId: try values.optionalUUID())
    }
}

extension EnrollmentRow: PositionalRow {
    init(_ values: inout SQLiteValues) throws {
        id = try values.uuid()
        regionCode = try values.text()
        householdId = try values.uuid()
        certificateNo = try values.text()
        program = try values.text()
        status = try values.text()
        coverage = try values.text()
        monthlyAmountFen = try values.int64()
        categories = try values.text()
        reviewClass = try values.optionalText()
        startedOn = try values.text()
        startReason = try values.optionalText()
        endedOn = try values.optionalText()
        endReason = try values.optionalText()
        nextReviewOn = try values.optionalText()
        acceptedBy = try values.optionalUUID()
        investigatedBy = try values.optionalUUID()
        approvedBy = try values.optionalUUID()
        careForm = try values.optionalText()
        voluntaryChoice = try values.optionalText()
        memberIds = []
    }
}

extension IncomeRecordRow: PositionalRow {
    init(_ values: inout SQLiteValues) throws {
        id = try values.uuid()
        regionCode = try values.text()
        householdId = try values.uuid()
        personId = try values.optionalUUID()
        category = try values.text()
        item = try values.text()
        amountFen = try values.int64()
        fromMonth = try values.text()
        toMonth = try values.text()
        source = try values.optionalText()
    }
}

extension AssetRecordRow: PositionalRow {
    init(_ values: inout SQLiteValues) throws {
        id = try values.uuid()
        regionCode = try values.text()
        householdId = try values.uuid()
        personId = try values.optionalUUID()
        kind = try values.text()
        description = try values.optionalText()
        valueFen = try values.optionalInt64()
        quantityHundredths = try values.optionalInt64()
        acquiredOn = try values.optionalText()
        verifiedOn = try values.text()
        source = try values.optionalText()
    }
}
