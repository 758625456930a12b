import Foundation

/// A caseworker or village official on the staff roster. Their own ID numbers are
/// kept because 近亲属 of staff must be filed and checked (policy reference §1.6).
public struct StaffMember: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var staffNo: String
    public var name: String
    public var idNumber: RecordedIDNumber
    public var post: StaffPost
    public var region: RegionCode

    public init(id: UUID, staffNo: String, name: String, idNumber: RecordedIDNumber, post: StaffPost, region: RegionCode) {
        self.id = id
        self.staffNo = staffNo
        self.name = name
        self.idNumber = idNumber
        self.post = post
        self.region = region
    }
}
