import DoudiDomain

/// Search criteria for households; every field narrows the result.
/// Search by ID number matches exactly (ID numbers never travel in URLs: the web
/// posts this query in a form body).
public struct HouseholdQuery: Sendable {
    public var idNumber: String?
    public var name: String?
    public var region: RegionCode?
    public var householdNo: String?
    /// Households with an enrollment in this state.
    public var status: EnrollmentStatus?
    public var limit: Int
    public var offset: Int

    public init(idNumber: String? = nil, name: String? = nil, region: RegionCode? = nil, householdNo: String? = nil,
                status: EnrollmentStatus? = nil, limit: Int = 50, offset: Int = 0) {
        self.idNumber = idNumber
        self.name = name
        self.region = region
        self.householdNo = householdNo
        self.status = status
        self.limit = limit
        self.offset = offset
    }
}
