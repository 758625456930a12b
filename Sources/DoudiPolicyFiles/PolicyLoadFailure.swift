import DoudiDomain

/// Every problem found in the policy tree, each naming its file and line. The server
/// refuses to start with any of them.
public struct PolicyLoadFailure: Error, CustomStringConvertible {
    public let errors: [PolicyError]

    public var description: String {
        ([L("policy.error.header", ["count": String(errors.count)])] + errors.map { "  " + $0.description }).joined(separator: "\n")
    }
}
