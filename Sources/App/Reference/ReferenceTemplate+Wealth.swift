import DoudiDomain

/// The templates whose rows are evidence of means: vehicles, real estate, businesses,
/// public payroll, social insurance and pensions, the housing provident fund.
extension ReferenceTemplate {
    static let vehicles = ReferenceTemplate(kind: .vehicles, columns: [
        .required("id_number").accepting("所有人身份号码", "车主公民身份号码"), .optional("name"), .required("plate_number"),
        .required("vehicle_type"), .optional("vehicle_value"), .optional("registered_on").accepting("初次登记日期"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let plate = reader.text("plate_number", required: true)
        let type = reader.code("vehicle_type", VehicleType.self, required: true)
        let value = reader.money("vehicle_value")
        let registered = reader.date("registered_on")
        guard let subject, plate != nil, let type else { return nil }
        return ReferenceRecord(subject: subject, date: registered, amount: value, code: type.1, cells: [])
    }

    /// The amount column holds the floor area in hundredths of a square metre.
    static let realEstate = ReferenceTemplate(kind: .realEstate, columns: [
        .required("id_number").accepting("权利人身份号码", "权利人公民身份号码"), .optional("name"),
        .required("property_type").accepting("不动产类型"), .optional("floor_area").accepting("建筑面积"), .optional("location"),
        .optional("registered_on"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let type = reader.code("property_type", PropertyType.self, required: true)
        let area = reader.hundredths("floor_area")
        _ = reader.text("location")
        let registered = reader.date("registered_on")
        guard let subject, let type else { return nil }
        return ReferenceRecord(subject: subject, date: registered, amount: area.map(Money.init(fen:)), code: type.1, cells: [])
    }

    /// The code is the business type, the extra its status (a position in `BusinessStatus`;
    /// none when the file does not say).
    static let businesses = ReferenceTemplate(kind: .businesses, columns: [
        .required("id_number").accepting("身份号码"), .optional("name"), .required("business_role").accepting("角色"),
        .required("business_name").accepting("主体名称"), .required("business_type").accepting("主体类型"),
        .optional("registered_capital"), .optional("business_status"), .optional("registered_on"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let role = reader.code("business_role", BusinessRole.self, required: true)
        let name = reader.text("business_name", required: true)
        let type = reader.code("business_type", BusinessType.self, required: true)
        let capital = reader.money("registered_capital")
        let status = reader.code("business_status", BusinessStatus.self)
        let registered = reader.date("registered_on")
        guard let subject, role != nil, name != nil, let type else { return nil }
        return ReferenceRecord(subject: subject, date: registered, amount: capital, extra: status.map { Int64($0.1) }, code: type.1,
                               cells: [])
    }

    static let payroll = ReferenceTemplate(kind: .payroll, columns: [
        .required("id_number").accepting("身份号码"), .optional("name"), .required("employer").accepting("单位名称"),
        .optional("post_type").accepting("人员类别"), .optional("monthly_pay"), .optional("employed_on"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let employer = reader.text("employer", required: true)
        _ = reader.text("post_type")
        let pay = reader.money("monthly_pay")
        let since = reader.date("employed_on")
        guard let subject, employer != nil else { return nil }
        return ReferenceRecord(subject: subject, date: since, amount: pay, cells: [])
    }

    /// The amount is the contribution base, the extra the monthly pension (fen).
    static let socialInsurance = ReferenceTemplate(kind: .socialInsurance, columns: [
        .required("id_number"), .optional("name"), .required("insurance_type"), .optional("contribution_base"),
        .optional("monthly_pension"), .optional("insured_since"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let type = reader.code("insurance_type", InsuranceType.self, required: true)
        let base = reader.money("contribution_base")
        let pension = reader.money("monthly_pension")
        let since = reader.date("insured_since")
        guard let subject, let type else { return nil }
        return ReferenceRecord(subject: subject, date: since, amount: base, extra: pension?.fen, code: type.1, cells: [])
    }

    /// The amount is the monthly deposit, the extra the balance (fen).
    static let providentFund = ReferenceTemplate(kind: .providentFund, columns: [
        .required("id_number"), .optional("name"), .optional("monthly_deposit"), .optional("fund_balance"), .optional("deposited_since"),
    ]) { reader in
        let subject = reader.person("id_number")
        _ = reader.text("name")
        let deposit = reader.money("monthly_deposit")
        let balance = reader.money("fund_balance")
        let since = reader.date("deposited_since")
        guard let subject else { return nil }
        return ReferenceRecord(subject: subject, date: since, amount: deposit, extra: balance?.fen, cells: [])
    }
}
