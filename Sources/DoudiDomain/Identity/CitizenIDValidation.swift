/// The outcome of `CitizenID.validate`.
///
/// Source: policy reference §3.1 (validation rules for the engine).
public enum CitizenIDValidation: Sendable {
    case valid(CitizenID, warnings: [CitizenIDWarning])
    case invalid(CitizenIDFailure)

    /// The ID when valid.
    public var citizenID: CitizenID? {
        if case let .valid(id, _) = self { return id }
        return nil
    }

    /// The failure when invalid.
    public var failure: CitizenIDFailure? {
        if case let .invalid(failure) = self { return failure }
        return nil
    }

    public var warnings: [CitizenIDWarning] {
        if case let .valid(_, warnings) = self { return warnings }
        return []
    }

    public var isValid: Bool { citizenID != nil }
}
