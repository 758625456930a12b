import Plot

/// A `<select>` with text options. Plot models `<option>` as a self-closed element
/// with a label attribute, which browsers show inconsistently; this renders real text.
enum SelectControl {
    static func node(id: String, name: String, options: [(value: String, text: String)], selected: String?) -> Node<HTML.FormContext> {
        .element(named: "select", nodes: [
            .attribute(named: "id", value: id),
            .attribute(named: "name", value: name),
            .group(options.map { option in
                .element(named: "option", nodes: [
                    // An empty value means "any"; without the attribute the option's text would be posted.
                    .attribute(named: "value", value: AttributeText.escaped(option.value), ignoreIfValueIsEmpty: false),
                    option.value == selected ? .attribute(named: "selected", value: "selected") : .group([]),
                    .text(option.text),
                ])
            }),
        ])
    }
}
