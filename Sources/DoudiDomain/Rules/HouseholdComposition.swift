/// Who counts as 共同生活的家庭成员: everyone whose basis counts, and an excluded member
/// (prison, compulsory rehabilitation) again from the day they returned.
///
/// Source: 57号 art 7 (policy reference §1.1): clergy apart ≥ 3 years, prisoners, people in
/// compulsory drug rehabilitation and people declared missing are not counted; people
/// released who return to the household count again.
public enum HouseholdComposition {
    public static func isCounted(_ member: MemberSituation, on date: CivilDate) -> Bool {
        guard let basis = member.basis, !basis.isCounted else { return true }
        if let returned = member.returnedOn, returned <= date { return true }
        return false
    }
}
