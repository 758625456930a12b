import DoudiDomain
import Vapor

/// API shapes of the registry. They are not the stored rows: ID numbers appear only
/// masked (the full number needs the logged reveal endpoint), keys are opaque, money
/// is in fen and dates are ISO text.
struct HouseholdSummaryDTO: Content {
    let key: String
    let householdNo: String
    let regionCode: String
    let address: String
    let areaKind: String
    let headName: String?
    let memberCount: Int
    let enrollments: [ProgramStatusDTO]

    init(_ summary: HouseholdSummary) {
        key = summary.household.id.uuidString
        householdNo = summary.household.householdNo
        regionCode = summary.household.region.value
        address = summary.household.address
        areaKind = summary.household.areaKind.rawValue
        headName = summary.headName
        memberCount = summary.memberCount
        enrollments = summary.enrollments.map { ProgramStatusDTO(program: $0.program.rawValue, status: $0.status.rawValue) }
    }
}

struct ProgramStatusDTO: Content {
    let program: String
    let status: String
}

struct HouseholdPageDTO: Content {
    let items: [HouseholdSummaryDTO]
    let page: Int
    let pageSize: Int
    let hasNext: Bool
}

struct HouseholdDTO: Content {
    let key: String
    let householdNo: String
    let regionCode: String
    let address: String
    let areaKind: String
    let headPersonKey: String?

    init(_ household: Household) {
        key = household.id.uuidString
        householdNo = household.householdNo
        regionCode = household.region.value
        address = household.address
        areaKind = household.areaKind.rawValue
        headPersonKey = household.headPersonID?.uuidString
    }
}

struct HouseholdPatchDTO: Content {
    let address: String?
    let areaKind: String?
}

struct HouseholdSearchDTO: Content {
    let name: String?
    let idNumber: String?
    let regionCode: String?
    let status: String?
    let page: Int?
}
