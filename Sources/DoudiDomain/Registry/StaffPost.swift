/// Posts on the staff roster; 近亲属 of these people must be filed (policy reference §1.6).
public enum StaffPost: String, RegistryCode {
    case villageOfficial = "village_official"
    case townshipCaseworker = "township_caseworker"
    case countyCaseworker = "county_caseworker"

    public static let labelNamespace = "staff_post"
    public static let importAliases: [String: StaffPost] = [
        "村（居）干部": .villageOfficial,
        "村居干部": .villageOfficial,
    ]
}
