/// 分类施保: the add-on rate for one member, from the categories they fall in. Only the
/// highest applies unless the region stacks them.
///
/// Source: 649号 art 12 (extra help for the elderly, minors, the severely disabled and the
/// seriously ill); 吉林市 and 葫芦岛 pay the highest add-on only (就高不叠加); the rates,
/// the age limits and the stacking rule are parameters (policy reference §1.8). 葫芦岛's
/// single-parent add-ons are for children "16岁以下", which includes 16 (民法典 第1259条:
/// “以下”包括本数), hence an inclusive `child_max_age`.
public enum CategoricalAddOns {
    public static func categories(of member: MemberSituation, on date: CivilDate, parameters p: DibaoParameters) -> [AddOnCategory] {
        var found: [AddOnCategory] = []
        let age = member.birthDate.age(on: date)
        if member.seriousIllness == true { found.append(.seriousIllness) }
        if member.isSeverelyDisabled { found.append(.severeDisability) }
        if member.bedridden == true { found.append(.bedridden) }
        if age >= p.elderlyAge { found.append(.elderly) }
        if age < p.minorAge { found.append(.minor) }
        if member.threeNos == true { found.append(.threeNos) }
        if member.student == true { found.append(.student) }
        if age <= p.childMaxAge {
            // A widowed single parent's child is a single parent's child too, but where the
            // region pays the widowed case its own rate, that rate replaces the other (so
            // stacking regions do not pay both for one circumstance).
            let widowed = member.widowedParentChild == true
            if widowed, p.addOns[.widowedParentChild] != nil {
                found.append(.widowedParentChild)
            } else if widowed || member.singleParentChild == true {
                found.append(.singleParentChild)
            }
        }
        if member.preferentialCareRecipient == true { found.append(.preferentialCareRecipient) }
        return found
    }

    public static func rate(for member: MemberSituation, on date: CivilDate, parameters p: DibaoParameters) -> Rate {
        var total = Rate.zero
        for category in categories(of: member, on: date, parameters: p) {
            guard let rate = p.addOns[category] else { continue }
            total = p.addOnsStack ? Rate(tenThousandths: total.tenThousandths + rate.tenThousandths) : max(total, rate)
        }
        return total
    }
}
