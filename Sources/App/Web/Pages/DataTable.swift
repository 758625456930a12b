import DoudiDomain
import Plot

/// The tables and definition lists the detail pages are made of.
enum DataTable {
    typealias Cell = Node<HTML.BodyContext>

    /// A section with a heading and a table, or a line saying there is nothing to show.
    static func section(_ title: String, headers: [String], rows: [[Cell]], numeric: Set<Int> = []) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(title)),
            rows.isEmpty ? .p(.class("empty"), .text(L("detail.none"))) : .table(
                .class("data"),
                .thead(.tr(.forEach(headers) { .th(.text($0)) })),
                .tbody(.forEach(rows) { row in
                    .tr(.forEach(Array(row.enumerated())) { index, cell in
                        numeric.contains(index) ? .td(.class("num"), cell) : .td(cell)
                    })
                })
            )
        )
    }

    static func facts(_ pairs: [(String, Cell)]) -> Node<HTML.BodyContext> {
        .dl(.class("facts"), .forEach(pairs) { pair in .group(.dt(.text(pair.0)), .dd(pair.1)) })
    }

    static func text(_ value: String?) -> Cell { .text(value.flatMap { $0.isEmpty ? nil : $0 } ?? "—") }

    static func link(_ text: String, _ href: String) -> Cell { .a(.href(href), .text(text)) }
}
