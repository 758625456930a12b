import DoudiDomain
import Foundation
import SQLKit

/// A `households` row as stored; see `PersonRow` for the role of row types.
struct HouseholdRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var householdNo: String
    var address: String
    var areaKind: String
    var headPersonId: UUID?

    static let table = "households"
    static let columns = ["id", "region_code", "household_no", "address", "area_kind", "head_person_id"]

    var values: [any Encodable & Sendable] { [id, regionCode, householdNo, address, areaKind, headPersonId] }

    init(id: UUID, regionCode: String, householdNo: String, address: String, areaKind: String, headPersonId: UUID?) {
        self.id = id
        self.regionCode = regionCode
        self.householdNo = householdNo
        self.address = address
        self.areaKind = areaKind
        self.headPersonId = headPersonId
    }

    func toDomain() throws -> Household {
        guard let region = RegionCode(regionCode), let kind = AreaKind(rawValue: areaKind) else {
            throw DataIntegrityError(message: "households row \(id) has a malformed region or area kind")
        }
        return Household(id: id, householdNo: householdNo, region: region, address: address, areaKind: kind, headPersonID: headPersonId)
    }
}
