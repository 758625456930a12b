/// Where a value was written: the policy file and line, for errors and explanations.
public struct PolicyLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A parameter's value from a date on (until the next entry of the same key), with the
/// document it rests on: every number in a policy cites its source.
public struct DatedValue: Hashable, Sendable {
    public let from: CivilDate
    public let value: ParameterValue
    /// The document and article, or a URL; "无公开来源" where none was found, said so.
    public let source: String
    public let location: PolicyLocation

    public init(from: CivilDate, value: ParameterValue, source: String, location: PolicyLocation) {
        self.from = from
        self.value = value
        self.source = source
        self.location = location
    }
}

/// The parameters one region's file sets (the national file has no region).
public struct RegionPolicy: Hashable, Sendable {
    public let region: RegionCode?
    public let name: String
    /// Each key's values, oldest first.
    public let parameters: [String: [DatedValue]]
    public let location: PolicyLocation

    public init(region: RegionCode?, name: String, parameters: [String: [DatedValue]], location: PolicyLocation) {
        self.region = region
        self.name = name
        self.parameters = parameters
        self.location = location
    }
}

/// A value in force, and the region whose file set it.
public struct ResolvedValue: Hashable, Sendable {
    public let key: String
    public let dated: DatedValue
    public let regionName: String
    public let region: RegionCode?
}
