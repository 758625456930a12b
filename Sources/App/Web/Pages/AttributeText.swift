import Plot

/// Plot writes attribute values exactly as given, so data that reaches an attribute (a
/// typed search term echoed back, a stored address in an edit field) could close the
/// quote and inject markup. Every attribute built from data goes through `escaped`.
enum AttributeText {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension Attribute where Context: HTMLValueContext {
    /// An input's value from data, escaped for the attribute.
    static func escapedValue(_ value: String) -> Attribute {
        Attribute(name: "value", value: AttributeText.escaped(value))
    }
}

extension Node {
    /// Any attribute whose value comes from data (titles, confirmations), escaped.
    static func escapedAttribute(named name: String, value: String) -> Node {
        .attribute(named: name, value: AttributeText.escaped(value))
    }
}
