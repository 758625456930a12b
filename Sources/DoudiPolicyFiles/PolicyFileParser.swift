import DoudiDomain
import Foundation
import Yams

/// Reads one policy file: its region and name, and each parameter's dated values.
/// Collects every problem in the file rather than stopping at the first.
///
/// ```yaml
/// region: "370321"          # absent in national.yaml
/// name: 桓台县
/// parameters:
///   dibao.standard.urban:
///     - from: 2023-01-01
///       value: 924
///       source: 淄博市民政局等 … http://…
/// ```
struct PolicyFileParser {
    let file: String
    var errors: [PolicyError] = []

    init(file: String) {
        self.file = file
    }

    mutating func parse(_ text: String, national: Bool) -> RegionPolicy? {
        let values = PolicyValueParser(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                errors.append(PolicyError(PolicyLocation(file: file, line: 1), "policy.error.empty"))
                return nil
            }
            root = node
        } catch let error as YamlError {
            errors.append(PolicyError(PolicyLocation(file: file, line: Self.line(of: error)), "policy.error.yaml",
                                      ["detail": String(describing: error)]))
            return nil
        } catch {
            errors.append(PolicyError(PolicyLocation(file: file, line: 1), "policy.error.yaml", ["detail": String(describing: error)]))
            return nil
        }
        let top: [String: Node]
        do {
            top = try values.mapping(root, "-", allowed: ["region", "name", "parameters"])
        } catch {
            errors.append(error)
            return nil
        }
        var region: RegionCode?
        if !national {
            guard let node = top["region"], let text = node.scalar?.string, let code = RegionCode(prefix: text) else {
                errors.append(PolicyError(values.location(top["region"] ?? root), "policy.error.region"))
                return nil
            }
            region = code
        }
        let name = top["name"]?.scalar?.string ?? (national ? L("policy.national") : region?.value ?? "")
        var parameters: [String: [DatedValue]] = [:]
        if let node = top["parameters"], node.mapping == nil {
            errors.append(PolicyError(values.location(node), "policy.error.mapping", ["key": "parameters"]))
        }
        for (keyNode, valueNode) in top["parameters"]?.mapping ?? [:] {
            let key = keyNode.scalar?.string ?? ""
            guard let definition = PolicyCatalog.byKey[key] else {
                errors.append(PolicyError(values.location(keyNode), "policy.error.unknown_key", ["key": key]))
                continue
            }
            parameters[key] = entries(valueNode, definition: definition, values: values)
        }
        return RegionPolicy(region: region, name: name, parameters: parameters, location: values.location(root))
    }

    /// The dated entries of one key, which must start on strictly increasing dates.
    private mutating func entries(_ node: Node, definition: ParameterDefinition, values: PolicyValueParser) -> [DatedValue] {
        let key = definition.key
        guard let items = node.sequence else {
            errors.append(PolicyError(values.location(node), "policy.error.list", ["key": key]))
            return []
        }
        var result: [DatedValue] = []
        for item in items {
            do {
                let fields = try values.mapping(item, key, allowed: ["from", "value", "source", "note"])
                let fromNode = try values.field(fields, "from", item, key)
                guard let from = fromNode.scalar.flatMap({ CivilDate(iso: $0.string) }) else {
                    throw PolicyError(values.location(fromNode), "policy.error.date", ["key": key])
                }
                guard let source = fields["source"]?.scalar?.string, !source.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw PolicyError(values.location(item), "policy.error.source", ["key": key])
                }
                let value = try values.parse(try values.field(fields, "value", item, key), as: definition.kind, key: key)
                if let last = result.last, from <= last.from {
                    throw PolicyError(values.location(fromNode), "policy.error.overlap", ["key": key, "date": from.iso, "previous": last.from.iso])
                }
                result.append(DatedValue(from: from, value: value, source: source, location: values.location(item)))
            } catch let error as PolicyError {
                errors.append(error)
            } catch {
                errors.append(PolicyError(values.location(item), "policy.error.yaml", ["detail": String(describing: error)]))
            }
        }
        return result
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: 1
        }
    }
}
