/// Relations between persons outside the household: legal supporters (赡养/抚养/扶养, 43号 art 7) and close relatives of staff (近亲属备案, policy reference §1.6).
public enum RelationKind: String, RegistryCode {
    case supportsElder = "supports_elder"
    case supportsChild = "supports_child"
    case supportsSpouse = "supports_spouse"
    case closeRelative = "close_relative"

    public static let labelNamespace = "relation_kind"
}
