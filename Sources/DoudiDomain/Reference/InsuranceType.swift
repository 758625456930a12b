/// Social-insurance schemes in a 社保 reference file.
public enum InsuranceType: String, RegistryCode {
    case employeePension = "employee_pension"
    case residentPension = "resident_pension"
    case unemployment
    case medical
    case workInjury = "work_injury"

    public static let labelNamespace = "insurance_type"
    public static let importAliases: [String: InsuranceType] = ["职工养老": .employeePension, "城乡居民养老": .residentPension, "居民养老": .residentPension]
}
