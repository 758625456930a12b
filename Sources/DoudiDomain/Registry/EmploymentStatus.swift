/// 就业状况.
public enum EmploymentStatus: String, RegistryCode {
    case employed = "employed"
    case flexible = "flexible"
    case unemployed = "unemployed"
    case none = "none"
    case student = "student"
    case preschool = "preschool"
    case retired = "retired"

    public static let labelNamespace = "employment"
}
