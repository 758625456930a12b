import DoudiDomain
import Testing

@Suite("Disability severity (57号 art 8)")
struct DisabilityTests {
    @Test("grades 1–2 are severe for every category; grade 3 only for intellectual or mental", arguments: DisabilityCategory.allCases)
    func severity(category: DisabilityCategory) {
        func severe(_ grade: DisabilityGrade) -> Bool {
            Disability(category: category, grade: grade, certificateNo: nil, validUntil: nil).isSevere
        }
        #expect(severe(.one) && severe(.two))
        #expect(severe(.three) == (category == .intellectual || category == .mental))
        #expect(!severe(.four))
    }

    @Test("membership bases split into counted and not counted (57号 art 7)")
    func counting() {
        let excluded: Set<MembershipBasis> = [.clergy, .prisoner, .compulsoryRehab, .declaredMissing, .provincialExclusion]
        for basis in MembershipBasis.allCases {
            #expect(basis.isCounted == !excluded.contains(basis))
        }
    }
}
