import DoudiDomain

extension ReferenceTemplate {
    /// The columns that tell one record of a kind from another for the same person (a car
    /// by its plate, a business by its name and the person's role in it). With the rule and
    /// the subject they make a finding's key, so the same record in next month's batch is
    /// the same finding, not a new one.
    static func naturalKey(_ kind: ReferenceKind) -> [String] {
        switch kind {
        case .deaths, .providentFund: []
        case .vehicles: ["plate_number"]
        case .realEstate: ["property_type", "location", "floor_area", "registered_on"]
        case .businesses: ["business_name", "business_role"]
        case .payroll: ["employer"]
        case .socialInsurance: ["insurance_type"]
        case .disabilityCertificates: ["disability_category"]
        case .medicalAssistance: ["assisted_on"]
        case .povertyMonitoring: ["monitoring_category"]
        case .staffRelatives: ["staff_id_number", "close_relation"]
        case .programRolls: ["program", "region_code"]
        }
    }
}
