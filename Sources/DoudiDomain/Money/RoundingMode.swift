/// How an amount that falls between two multiples of the rounding unit is resolved.
///
/// Source: the policy reference records no national rounding rule for benefit amounts (649号, 57号), so each
/// region states its own: 四舍五入 (`halfUp`, half away from zero, the usual reading in Chinese
/// financial practice), 舍去 (`down`) or 进位 (`up`). `halfEven` is IEEE 754 roundTiesToEven,
/// for statistics where half-up would bias totals.
public enum RoundingMode: String, Sendable, Codable, CaseIterable {
    /// Nearest; exactly half goes away from zero (四舍五入): 0.5 → 1, −0.5 → −1.
    case halfUp
    /// Nearest; exactly half goes to the even neighbour: 0.5 → 0, 1.5 → 2.
    case halfEven
    /// Toward zero (舍去): 0.9 → 0, −0.9 → 0.
    case down
    /// Away from zero (进位): 0.1 → 1, −0.1 → −1.
    case up
}
