import DoudiDomain

/// The templates whose rows say who a person is or what they are on: deaths, disability
/// certificates, medical assistance, monitoring lists, staff relatives, other rolls.
extension ReferenceTemplate {
    static let deaths = ReferenceTemplate(kind: .deaths, columns: [
        .required("id_number"), .optional("name"), .required("death_date"), .optional("cremated_on"), .optional("death_source").accepting("数据来源"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let died = reader.date("death_date", required: true)
        _ = reader.date("cremated_on")
        _ = reader.text("death_source")
        guard let subject, let died else { return nil }
        return ReferenceRecord(subject: subject, date: died, cells: [])
    }

    static let disabilityCertificates = ReferenceTemplate(kind: .disabilityCertificates, columns: [
        .required("id_number"), .optional("name"), .required("disability_category"), .required("disability_grade"),
        .optional("valid_from"), .optional("valid_to"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let category = reader.code("disability_category", DisabilityCategory.self, required: true)
        let grade = reader.code("disability_grade", DisabilityGrade.self, required: true)
        _ = reader.date("valid_from")
        let validTo = reader.date("valid_to")
        guard let subject, let category, let grade else { return nil }
        return ReferenceRecord(subject: subject, date: validTo, extra: Int64(grade.1), code: category.1, cells: [])
    }

    static let medicalAssistance = ReferenceTemplate(kind: .medicalAssistance, columns: [
        .required("id_number"), .optional("name"), .optional("disease"), .required("assisted_on"), .optional("assistance_amount"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        _ = reader.text("disease")
        let assisted = reader.date("assisted_on", required: true)
        let amount = reader.money("assistance_amount")
        guard let subject, let assisted else { return nil }
        return ReferenceRecord(subject: subject, date: assisted, amount: amount, cells: [])
    }

    static let povertyMonitoring = ReferenceTemplate(kind: .povertyMonitoring, columns: [
        .required("id_number"), .optional("name"), .required("monitoring_category"), .optional("identified_on"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let category = reader.code("monitoring_category", MonitoringCategory.self, required: true)
        let identified = reader.date("identified_on")
        guard let subject, let category else { return nil }
        return ReferenceRecord(subject: subject, date: identified, code: category.1, cells: [])
    }

    /// The subject is the relative (whose case is checked); the staff member is the second key.
    static let staffRelatives = ReferenceTemplate(kind: .staffRelatives, columns: [
        .required("staff_id_number"), .optional("staff_name"), .optional("staff_post"), .required("relative_id_number"),
        .optional("relative_name"), .required("close_relation"), .optional("filed_on"),
    ]) { reader in
        let staff = reader.person("staff_id_number")
        _ = reader.text("staff_name")
        _ = reader.text("staff_post")
        let relative = reader.person("relative_id_number")
        _ = reader.text("relative_name")
        let relation = reader.code("close_relation", CloseRelation.self, required: true)
        let filed = reader.date("filed_on")
        guard let staff, let relative, let relation else { return nil }
        return ReferenceRecord(subject: relative, second: staff, date: filed, code: relation.1, cells: [])
    }

    /// Other programs' rolls; the extra holds the roll's region code as a number, so
    /// another county's 低保 roll can be told from this one's.
    static let programRolls = ReferenceTemplate(kind: .programRolls, columns: [
        .required("id_number"), .optional("name"), .required("program"), .required("region_code"), .optional("monthly_amount"),
        .optional("enrolled_on"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let program = reader.code("program", ReferenceProgram.self, required: true)
        let region = reader.region("region_code")
        let amount = reader.money("monthly_amount")
        let since = reader.date("enrolled_on")
        guard let subject, let program, let region, let number = Int64(region.value) else { return nil }
        return ReferenceRecord(subject: subject, date: since, amount: amount, extra: number, code: program.1, cells: [])
    }
}
