import DoudiDomain
import Yams

/// Turns one YAML value into a `ParameterValue` of the kind its key requires, or says
/// why it cannot (with the line of the offending node).
struct PolicyValueParser {
    let file: String

    func location(_ node: Node) -> PolicyLocation { PolicyLocation(file: file, line: node.mark?.line ?? 0) }

    private func fail(_ node: Node, _ key: String, _ arguments: [String: String] = [:]) -> PolicyError {
        PolicyError(location(node), key, arguments)
    }

    func parse(_ node: Node, as kind: ParameterKind, key: String) throws(PolicyError) -> ParameterValue {
        switch kind {
        case .money: return .money(try money(node, key))
        case .rate: return .rate(try rate(node, key))
        case let .integer(range):
            guard let text = node.scalar?.string, let value = Int(text), range.contains(value) else {
                throw fail(node, "policy.error.integer", ["key": key, "low": String(range.lowerBound), "high": String(range.upperBound)])
            }
            return .integer(value)
        case .boolean:
            switch node.scalar?.string {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw fail(node, "policy.error.boolean", ["key": key])
            }
        case let .choice(words):
            guard let text = node.scalar?.string, words.contains(text) else {
                throw fail(node, "policy.error.choice", ["key": key, "choices": words.joined(separator: ", ")])
            }
            return .choice(text)
        case let .names(allowed):
            return .names(try list(node, key).map { (item: Node) throws(PolicyError) -> String in
                guard let text = item.scalar?.string, allowed.contains(text) else {
                    throw fail(item, "policy.error.choice", ["key": key, "choices": allowed.joined(separator: ", ")])
                }
                return text
            })
        case .rates:
            return .rates(try list(node, key).map { (item: Node) throws(PolicyError) -> Rate in try rate(item, key) })
        case .bands:
            return .bands(try list(node, key).map { (item: Node) throws(PolicyError) -> PaymentBand in
                let fields = try mapping(item, key, allowed: ["income_below", "amount"])
                return PaymentBand(incomeBelow: try money(try field(fields, "income_below", item, key), key),
                                   amountPerPerson: try money(try field(fields, "amount", item, key), key))
            })
        case .addOns:
            return .addOns(try list(node, key).map { (item: Node) throws(PolicyError) -> AddOnRate in
                let fields = try mapping(item, key, allowed: ["category", "rate"])
                let categoryNode = try field(fields, "category", item, key)
                guard let category = categoryNode.scalar.flatMap({ AddOnCategory(rawValue: $0.string) }) else {
                    throw fail(categoryNode, "policy.error.choice",
                               ["key": key, "choices": AddOnCategory.allCases.map(\.rawValue).joined(separator: ", ")])
                }
                return AddOnRate(category: category, rate: try rate(try field(fields, "rate", item, key), key))
            })
        case let .amountRule(forms):
            return .amountRule(try amountRule(node, key, forms: forms))
        case .rounding:
            let fields = try mapping(node, key, allowed: ["unit", "mode"])
            let unitNode = try field(fields, "unit", node, key), modeNode = try field(fields, "mode", node, key)
            guard let unit = unitNode.scalar.flatMap({ RoundingUnit(rawValue: $0.string) }) else {
                throw fail(unitNode, "policy.error.choice", ["key": key, "choices": "fen, jiao, yuan"])
            }
            let modes = ["half_up": RoundingMode.halfUp, "half_even": .halfEven, "down": .down, "up": .up]
            guard let mode = modeNode.scalar.flatMap({ modes[$0.string] }) else {
                throw fail(modeNode, "policy.error.choice", ["key": key, "choices": "half_up, half_even, down, up"])
            }
            return .rounding(RoundingRule(unit: unit, mode: mode))
        }
    }

    private func amountRule(_ node: Node, _ key: String, forms: [String]) throws(PolicyError) -> AmountRule {
        let choices = ["key": key, "choices": forms.joined(separator: ", ")]
        if let word = node.scalar?.string {
            guard forms.contains(word), word == "none" || word == "gap" else { throw fail(node, "policy.error.choice", choices) }
            return word == "none" ? .none : .gap
        }
        guard let pairs = node.mapping, pairs.count == 1, let (formNode, valueNode) = pairs.first.map({ ($0.key, $0.value) }),
              let form = formNode.scalar?.string, forms.contains(form) else {
            throw fail(node, "policy.error.choice", choices)
        }
        switch form {
        case "amount": return .fixed(try money(valueNode, key))
        case "percent_of_standard": return .percentOfStandard(try rate(valueNode, key))
        case "multiple_of_standard": return .multipleOfStandard(try rate(valueNode, key))
        case "percent_of_income": return .percentOfIncome(try rate(valueNode, key))
        case "percent_of_minimum_wage": return .percentOfMinimumWage(try rate(valueNode, key))
        default: throw fail(node, "policy.error.choice", choices)
        }
    }

    func money(_ node: Node, _ key: String) throws(PolicyError) -> Money {
        guard let text = node.scalar?.string, let value = Money(yuanText: text), !value.isNegative else {
            throw fail(node, "policy.error.money", ["key": key, "value": node.scalar?.string ?? ""])
        }
        return value
    }

    func rate(_ node: Node, _ key: String) throws(PolicyError) -> Rate {
        guard let text = node.scalar?.string, let value = Rate(decimal: text) else {
            throw fail(node, "policy.error.rate", ["key": key, "value": node.scalar?.string ?? ""])
        }
        return value
    }

    private func list(_ node: Node, _ key: String) throws(PolicyError) -> [Node] {
        guard let sequence = node.sequence else { throw fail(node, "policy.error.list", ["key": key]) }
        return Array(sequence)
    }

    func mapping(_ node: Node, _ key: String, allowed: Set<String>) throws(PolicyError) -> [String: Node] {
        guard let pairs = node.mapping else { throw fail(node, "policy.error.mapping", ["key": key]) }
        var fields: [String: Node] = [:]
        for (name, value) in pairs {
            guard let text = name.scalar?.string, allowed.contains(text) else {
                throw fail(name, "policy.error.unknown_field", ["key": key, "field": name.scalar?.string ?? "?",
                                                                 "fields": allowed.sorted().joined(separator: ", ")])
            }
            fields[text] = value
        }
        return fields
    }

    func field(_ fields: [String: Node], _ name: String, _ parent: Node, _ key: String) throws(PolicyError) -> Node {
        guard let node = fields[name] else { throw fail(parent, "policy.error.missing_field", ["key": key, "field": name]) }
        return node
    }
}
