import DoudiDomain

/// The monthly cost before and after, township by township, as an inline SVG bar chart:
/// drawn on the server, no script, readable when printed. Names are escaped.
enum SimulationChart {
    static func svg(_ rows: [(name: String, totals: SimulationResult.Totals)]) -> String {
        let label = 150, width = 640, bar = 11, gap = 8, top = 24
        let largest = rows.map { max($0.totals.costBefore.fen, $0.totals.costAfter.fen) }.max() ?? 0
        let height = top + rows.count * (2 * bar + gap) + 8
        func length(_ fen: Int64) -> Int { largest > 0 ? Int((Double(fen) / Double(largest)) * Double(width - label - 110)) : 0 }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
            + "aria-label=\"\(AttributeText.escaped(L("simulation.chart.title")))\">"
        svg += "<rect x=\"\(label)\" y=\"4\" width=\"10\" height=\"10\" class=\"before\"/><text x=\"\(label + 14)\" y=\"13\">"
            + AttributeText.escaped(L("simulation.column.cost_before")) + "</text>"
        svg += "<rect x=\"\(label + 160)\" y=\"4\" width=\"10\" height=\"10\" class=\"after\"/><text x=\"\(label + 174)\" y=\"13\">"
            + AttributeText.escaped(L("simulation.column.cost_after")) + "</text>"
        for (index, row) in rows.enumerated() {
            let y = top + index * (2 * bar + gap)
            svg += "<text x=\"\(label - 6)\" y=\"\(y + bar + 4)\" text-anchor=\"end\">\(AttributeText.escaped(row.name))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y)\" width=\"\(length(row.totals.costBefore.fen))\" height=\"\(bar)\" class=\"before\"/>"
            svg += "<rect x=\"\(label)\" y=\"\(y + bar)\" width=\"\(length(row.totals.costAfter.fen))\" height=\"\(bar)\" class=\"after\"/>"
            svg += "<text x=\"\(label + length(row.totals.costAfter.fen) + 4)\" y=\"\(y + 2 * bar - 1)\">"
                + SimulationSummary.signed(row.totals.difference) + "</text>"
        }
        return svg + "</svg>"
    }
}
