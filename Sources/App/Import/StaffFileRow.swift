import DoudiDomain
import Foundation

/// One validated row of a 工作人员 file (§9): a roster entry keyed on 工号.
struct StaffFileRow: RecordFileRow {
    static let columns: [ImportColumn] = [
        .required("staff_no"), .required("name"), .required("id_number"), .required("post"), .required("staff_region"),
    ]
    static let keyColumn = "staff_no"

    /// The roster entry as the file describes it (its id is settled on import).
    let member: StaffMember

    var fileKey: [String] { [member.staffNo] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> StaffFileRow? {
        let staffNo = reader.required("staff_no")
        let name = reader.required("name")
        let idNumber = reader.idNumber("id_number", today: today, legacy: false)
        let post = reader.code("post", StaffPost.self, required: true)
        let region = reader.regionCode("staff_region")
        guard let staffNo, let name, let idNumber, let post, let region else { return nil }
        return StaffFileRow(member: StaffMember(id: OrderedUUID.make(), staffNo: staffNo, name: name, idNumber: idNumber, post: post,
                                                region: region))
    }
}
