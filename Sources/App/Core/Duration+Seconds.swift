/// A duration as fractional seconds, for the phase timings runs and commands report.
extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
