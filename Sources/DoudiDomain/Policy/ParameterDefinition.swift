/// One parameter a policy file may set: its key, the form of its value, and whether the
/// national file must define it (so every region has a value from the start).
public struct ParameterDefinition: Hashable, Sendable {
    public let key: String
    public let kind: ParameterKind
    public let required: Bool

    public init(_ key: String, _ kind: ParameterKind, required: Bool = true) {
        self.key = key
        self.kind = kind
        self.required = required
    }
}
