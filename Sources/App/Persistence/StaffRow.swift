import DoudiDomain
import Foundation
import SQLKit

/// A `staff` row as stored: the roster entry, keyed on 工号 by imports.
struct StaffRow: Codable, Equatable, Sendable {
    var id: UUID
    var regionCode: String
    var staffNo: String
    var name: String
    var idNumber: String
    var idStatus: String
    var idKey: Int64?
    var post: String

    static let table = "staff"
    static let columns = ["id", "region_code", "staff_no", "name", "id_number", "id_status", "id_key", "post"]

    var values: [any Encodable & Sendable] { [id, regionCode, staffNo, name, idNumber, idStatus, idKey, post] }

    init(_ member: StaffMember) {
        id = member.id
        regionCode = member.region.value
        staffNo = member.staffNo
        name = member.name
        idNumber = member.idNumber.value
        idStatus = member.idNumber.status.rawValue
        idKey = member.idNumber.packedKey.map { Int64(bitPattern: $0) }
        post = member.post.rawValue
    }

}

extension StaffRow: ImportedRecord, ReferencedRow {
    static let entity = "staff"
    static let stampsUpdatedAt = true
    static let lookupColumn = "staff_no"
    static let elsewhereReason = "import.error.staff.elsewhere"
    static let referenceColumn = "staff_no"
    static let unknownReason = "import.error.staff.unknown"

    var lookupValue: String { staffNo }
    var naturalKey: [String] { [staffNo] }
    var referenceKey: String { staffNo }
}
