/// A policy that cannot be used, naming the file, the line and the reason (in Chinese,
/// from the localization table): the server refuses to start on one.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    public let location: PolicyLocation?
    public let reasonKey: String
    public let arguments: [String: String]

    public init(_ location: PolicyLocation?, _ reasonKey: String, _ arguments: [String: String] = [:]) {
        self.location = location
        self.reasonKey = reasonKey
        self.arguments = arguments
    }

    public var reason: String { L(reasonKey, arguments) }

    public var description: String {
        location.map { L("policy.error.at", ["file": $0.file, "line": String($0.line), "reason": reason]) } ?? reason
    }
}
