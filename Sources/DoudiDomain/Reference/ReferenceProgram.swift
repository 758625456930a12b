/// The programs an other-program roll (`program_rolls`) may list: every `Program`, in the
/// same order so that a roll row's program and a reference row's compare by position,
/// and 优抚 (preferential care for entitled groups), which Doudi does not run but the
/// cross-check must see.
public enum ReferenceProgram: String, RegistryCode {
    case dibao = "dibao"
    case tekun = "tekun"
    case temporaryAssistance = "temporary_assistance"
    case disabilityLivingSubsidy = "disability_living_subsidy"
    case severeDisabilityCareSubsidy = "severe_disability_care_subsidy"
    case orphan = "orphan"
    case factuallyUnsupportedChild = "factually_unsupported_child"
    case preferentialCare = "preferential_care"

    public static let labelNamespace = "program"
    public static var importAliases: [String: ReferenceProgram] {
        Program.importAliases.reduce(into: ["优抚对象": .preferentialCare]) { result, alias in
            result[alias.key] = ReferenceProgram(rawValue: alias.value.rawValue)
        }
    }
}
