/// Validation outcome of a recorded ID number; invalid ones are kept (flagged) by legacy imports because finding them is a campaign goal.
public enum IDNumberStatus: String, RegistryCode {
    case valid = "valid"
    case empty = "empty"
    case length = "length"
    case character = "character"
    case birthDate = "birth_date"
    case futureBirthDate = "future_birth_date"
    case checksum = "checksum"
    case impossibleProvince = "impossible_province"

    public static let labelNamespace = "id_status"
}
