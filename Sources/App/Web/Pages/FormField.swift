import Plot

/// A labelled form control, the unit every form on the site is made of.
enum FormField {
    static func node(_ label: String, _ control: Node<HTML.FormContext>, id: String) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(id), .text(label)), control)
    }
}
