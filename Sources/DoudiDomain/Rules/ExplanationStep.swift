/// One step of an explanation: the rule applied, what it found (in Chinese), and the
/// parameters it used with their value, source, effective date and the region that set them.
public struct ExplanationStep: Hashable, Sendable, Codable {
    public struct Parameter: Hashable, Sendable, Codable {
        public var key: String
        public var value: String
        public var source: String
        public var from: CivilDate
        public var region: String
    }

    public var rule: String
    public var text: String
    public var parameters: [Parameter]
}

/// Collects steps when an explanation was asked for; does nothing otherwise, so the fast
/// path builds no strings.
struct Explainer {
    let enabled: Bool
    /// Where each parameter the rules read came from.
    let sources: [String: ResolvedValue]
    private(set) var steps: [ExplanationStep] = []

    init(enabled: Bool, sources: [String: ResolvedValue]) {
        self.enabled = enabled
        self.sources = sources
    }

    init(enabled: Bool, parameters: borrowing DibaoParameters) {
        self.init(enabled: enabled, sources: parameters.sources)
    }

    /// Everything but `rule` is an autoclosure: the fast path must not even build the
    /// argument dictionaries or the key lists.
    mutating func add(_ rule: String, _ textKey: @autoclosure () -> String, _ arguments: @autoclosure () -> [String: String] = [:],
                      keys: @autoclosure () -> [String] = []) {
        guard enabled else { return }
        let used = keys().compactMap { key in
            sources[key].map {
                ExplanationStep.Parameter(key: key, value: ParameterText.describe($0.dated.value), source: $0.dated.source,
                                          from: $0.dated.from, region: $0.regionName)
            }
        }
        steps.append(ExplanationStep(rule: rule, text: L(textKey(), arguments()), parameters: used))
    }
}
