import DoudiDomain
import Foundation

/// One validated row of a 家庭成员 file: the person, their household and membership.
struct HouseholdFileRow: Sendable {
    let line: Int
    var householdNo: String
    var region: String
    var address: String
    var areaKind: AreaKind
    var relationship: Relationship
    var basis: MembershipBasis?
    /// The person as the file describes them; `id` is `unassigned` until the plan gives
    /// a new person a key (after parsing, so keys follow file order).
    var person: Person
    /// A fingerprint of every cell, to tell an exact duplicate row from a conflicting one.
    var fingerprint: Int

    /// Parses a row; returns nil (its issues left in `reader`) when any value is unusable.
    /// The placeholder key of a parsed person (the nil UUID).
    static let unassigned = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    static func parse(_ reader: inout RowReader, today: CivilDate, legacy: Bool) -> HouseholdFileRow? {
        let householdNo = reader.required("household_no")
        let region = reader.required("region_code")
        let regionCode = region.flatMap { RegionCode($0) }
        if let region, regionCode == nil { reader.fail("region_code", region, "import.error.region.format") }
        let address = reader.required("address")
        let areaKind = reader.code("area_kind", AreaKind.self, required: true)
        let relationship = reader.code("relationship", Relationship.self, required: true)
        let name = reader.required("name")
        let idNumber = reader.idNumber("id_number", today: today, legacy: legacy)
        var sex = reader.code("sex", Sex.self)
        var birthDate = reader.date("birth_date")
        if let id = idNumber?.citizenID {
            // A legacy roll keeps what the clerk recorded, flagged, so the cross-check can report
            // it (身份信息错误); a new record must agree with its number.
            if let given = sex, given != id.sex {
                if legacy { reader.fail("sex", given.label(), "import.warning.sex.flagged", severity: .warning) }
                else { reader.fail("sex", given.label(), "import.error.sex.mismatch") }
            }
            if let given = birthDate, given != id.birthDate {
                if legacy { reader.fail("birth_date", given.iso, "import.warning.birth.flagged", severity: .warning) }
                else { reader.fail("birth_date", given.iso, "import.error.birth.mismatch") }
            }
            if !legacy || sex == nil { sex = id.sex }
            if !legacy || birthDate == nil { birthDate = id.birthDate }
        }
        let hukouType = reader.code("hukou_type", HukouType.self)
        let basis = reader.code("membership_basis", MembershipBasis.self)
        let category = reader.code("disability_category", DisabilityCategory.self)
        let grade = reader.code("disability_grade", DisabilityGrade.self)
        let certValidUntil = reader.date("disability_cert_valid_until")
        let seriousIllness = reader.bool("serious_illness") ?? false
        let labour = reader.code("labour_capacity", LabourCapacity.self)
        let employment = reader.code("employment", EmploymentStatus.self)
        let schooling = reader.code("schooling", SchoolingLevel.self)
        let statuses = reader.codes("special_statuses", SpecialStatus.self)
        let deathDate = reader.date("death_date")
        if (category == nil) != (grade == nil), reader.text("disability_category") != nil || reader.text("disability_grade") != nil {
            // A category without a grade (or the reverse) cannot describe a certificate.
            reader.fail(category == nil ? "disability_category" : "disability_grade", "", "import.error.required")
        }
        let hukouRegion = reader.text("hukou_region")
        if let hukou = hukouRegion, !(hukou.utf8.count == 6 || hukou.utf8.count == 12) || !hukou.allSatisfy(\.isASCIIDigit) {
            reader.fail("hukou_region", hukou, "import.error.region.format")
        }

        guard !reader.hasErrors, let householdNo, let region, let regionCode, let address, let areaKind, let relationship,
              let name, let idNumber
        else { return nil }

        let disability = category.flatMap { category in
            grade.map { Disability(category: category, grade: $0, certificateNo: reader.text("disability_cert_no"), validUntil: certValidUntil) }
        }
        let person = Person(
            id: unassigned, region: regionCode, idNumber: idNumber, name: name, sex: sex, birthDate: birthDate,
            ethnicity: reader.text("ethnicity"), hukouRegion: hukouRegion, hukouType: hukouType,
            disability: disability, hasSeriousIllness: seriousIllness, seriousIllness: reader.text("diagnosis"),
            labourCapacity: labour, employment: employment, schooling: schooling, specialStatuses: statuses, deathDate: deathDate
        )
        return HouseholdFileRow(line: reader.line, householdNo: householdNo, region: region, address: address, areaKind: areaKind,
                                relationship: relationship, basis: basis, person: person, fingerprint: reader.fingerprint)
    }
}

extension Character {
    /// 0–9 only; `isNumber` would consult Unicode tables for every character.
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
