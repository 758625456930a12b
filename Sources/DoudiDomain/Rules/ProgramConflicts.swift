/// Which programs one person may not hold together, and what settles each conflict.
///
/// Source: policy reference §5 item 6 and §1.10–§1.13: 特困 and 孤儿 / 事实无人抚养儿童
/// support exclude each other and the person (or guardian) chooses (43号); 特困 and 低保 for
/// the same person exclude each other in practice (UNCONFIRMED nationally; the campaign's
/// 该吃五保吃低保 moves such a person to 特困 unless they recorded a voluntary choice); 特困
/// people get neither 两项补贴 (52号 as read in §1.13, UNCONFIRMED); a child is an orphan or
/// a 事实无人抚养儿童, never both (the second is defined as not orphaned).
public enum ProgramConflicts {
    public struct Conflict: Hashable, Sendable {
        public let programs: [Program]
        /// `choose` (the person's recorded choice decides), `tekun_first`, `end_subsidy`, `one_category`.
        public let resolution: String
        /// The program to end when the rule, not a choice, settles it.
        public let ends: Program?
    }

    static let rules: [Conflict] = [
        Conflict(programs: [.tekun, .dibao], resolution: "tekun_first", ends: .dibao),
        Conflict(programs: [.tekun, .orphan], resolution: "choose", ends: nil),
        Conflict(programs: [.tekun, .factuallyUnsupportedChild], resolution: "choose", ends: nil),
        Conflict(programs: [.orphan, .factuallyUnsupportedChild], resolution: "one_category", ends: .factuallyUnsupportedChild),
        Conflict(programs: [.tekun, .disabilityLivingSubsidy], resolution: "end_subsidy", ends: .disabilityLivingSubsidy),
        Conflict(programs: [.tekun, .severeDisabilityCareSubsidy], resolution: "end_subsidy", ends: .severeDisabilityCareSubsidy),
    ]

    /// `among([.tekun, .dibao], choseDibaoOverTekun:)`, worked out once: the household rules
    /// ask it for every member of every household.
    public static func tekunAndDibao(choseDibaoOverTekun: Bool) -> [Conflict] {
        choseDibaoOverTekun ? tekunAndDibaoChosen : tekunAndDibaoUnchosen
    }

    private static let tekunAndDibaoUnchosen = among([.tekun, .dibao])
    private static let tekunAndDibaoChosen = among([.tekun, .dibao], choseDibaoOverTekun: true)

    /// The conflicts among the programs one person holds; a recorded voluntary choice of
    /// 低保 over 特困 settles that pair, so it is not reported.
    public static func among(_ held: Set<Program>, choseDibaoOverTekun: Bool = false) -> [Conflict] {
        rules.filter { rule in
            rule.programs.allSatisfy(held.contains) && !(choseDibaoOverTekun && rule.programs == [.tekun, .dibao])
        }
    }
}
