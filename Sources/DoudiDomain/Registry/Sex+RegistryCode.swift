/// Sex is derived from the ID number's sequence digit (GB 11643); as a registry code
/// it also parses what clerks type in the 性别 column.
extension Sex: RegistryCode {
    public static let labelNamespace = "sex"
    public static let importAliases: [String: Sex] = ["男性": .male, "女性": .female]
}
