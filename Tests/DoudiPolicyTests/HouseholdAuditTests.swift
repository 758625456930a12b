@testable import DoudiDomain
import Foundation
import Testing

/// The household audit rules on 桓台 (urban standard 924; 渐退 6 months up to 2 × the standard)
/// on 2024-05-01, one rule at a time, each with a case that hits and one that does not.
@Suite("Household audit rules")
struct HouseholdAuditTests {
    static let date = CivilDate(year: 2024, month: 5, day: 1)!
    static let region = RegionCode("370321001001")!

    struct World {
        let household = UUID()
        let members: [(UUID, MemberSituation)]
        var enrollments: [Enrollment] = []
        /// A member is a poverty-monitoring object in the registry, or on the department's list.
        var monitored = false
        var listed = false
        /// The members' person records, for the data-quality rules (not judged without them).
        var persons: [Person] = []
        var hasAccount = true

        /// Person records for every member: complete, 户籍 in 桓台, or as `edit` changes them.
        mutating func recordPersons(_ edit: (Int, inout Person) -> Void = { _, _ in }) {
            persons = members.enumerated().map { index, member in
                var person = Person(id: member.0, region: HouseholdAuditTests.region,
                                    idNumber: RecordedIDNumber(value: "x", status: .valid, packedKey: nil, unverifiedRegion: false), name: "成员\(index)",
                                    sex: .female, birthDate: member.1.birthDate, hukouRegion: "370321001001", hukouType: .resident,
                                    labourCapacity: .able)
                edit(index, &person)
                return person
            }
        }

        init(_ members: [MemberSituation]) { self.members = members.map { (UUID(), $0) } }

        mutating func enroll(_ program: Program, members indices: [Int]? = nil, status: EnrollmentStatus = .active, amount: Int64 = 0,
                             ended: CivilDate? = nil, endReason: String? = nil, review: CivilDate? = nil, choice: String? = nil) {
            let ids = (indices ?? Array(members.indices)).map { members[$0].0 }
            enrollments.append(Enrollment(id: UUID(), region: HouseholdAuditTests.region, householdID: household, certificateNo: "C\(enrollments.count)",
                                          program: program, status: ended == nil ? status : .ended, coverage: .household, memberIDs: ids,
                                          monthlyAmount: Money(fen: amount * 100), startedOn: CivilDate(year: 2020, month: 1, day: 1)!,
                                          endedOn: ended, endReason: endReason, nextReviewOn: review, voluntaryChoice: choice))
        }

        func hits() throws -> [HouseholdHit] {
            let situation = HouseholdSituation(region: HouseholdAuditTests.region.value, area: .urban, members: members.map(\.1))
            let open = enrollments.filter { $0.isOpen(on: HouseholdAuditTests.date) }
            let onTekun = members.map { member in open.contains { $0.program == .tekun && $0.memberIDs.contains(member.0) } }
            let chose = members.map { member in open.contains { $0.recordsChoiceOfDibao(by: member.0, on: HouseholdAuditTests.date) } }
            let registered = RegisteredHousehold(key: "k", householdNo: "H", township: RegionCode(prefix: "370321001")!, situation: situation,
                                                 recorded: Set(open.map(\.program)), onTekun: onTekun, choseDibao: chose,
                                                 memberIDs: members.map(\.0), enrollments: enrollments, monitored: monitored, listedByDepartment: listed,
                                                 persons: persons, hasAccount: hasAccount)
            let parameters = try ProgramParameters(book: PolicyCaseTests.book, region: HouseholdAuditTests.region, on: HouseholdAuditTests.date)
            let programs = HouseholdPrograms(situation, on: HouseholdAuditTests.date, parameters: parameters, onTekun: onTekun)
            let settings = HouseholdAudit.Settings(exitsSince: CivilDate(year: 2024, month: 1, day: 1)!,
                                                   ages: try AuditAges(book: PolicyCaseTests.book, region: HouseholdAuditTests.region,
                                                                       on: HouseholdAuditTests.date))
            let hits = HouseholdAudit.hits(registered, programs: programs, parameters: parameters, on: HouseholdAuditTests.date, settings: settings)
            // Every case both ways: judging only the members the rules read gives the same hits.
            let lean = HouseholdAudit.Decisions(registered, on: HouseholdAuditTests.date, parameters: parameters)
            #expect(HouseholdAudit.hits(registered, programs: lean, parameters: parameters, on: HouseholdAuditTests.date, settings: settings) == hits)
            return hits
        }
    }

    @Test("HH-MISSED: a monitored couple with a child, income 1,000 for three (below 924 each), nothing held; not unmonitored, not on 低保, not without a vulnerable member")
    func missedCoverage() throws {
        var missed = World([member(born: 1985, wages: 1_000), member(born: 1987), member(born: 2015)])
        missed.monitored = true
        let hit = try #require(try missed.hits().first)
        #expect(hit.rule == .missedCoverage && hit.enrollmentID == nil && hit.personID == missed.members[0].0)
        #expect(hit.facts["vulnerable"] == "1" && hit.facts["counted"] == "3")
        let unmonitored = World([member(born: 1985, wages: 1_000), member(born: 1987), member(born: 2015)])
        #expect(try unmonitored.hits().isEmpty)
        var covered = World([member(born: 1985, wages: 1_000), member(born: 1987), member(born: 2015)])
        covered.monitored = true
        covered.enroll(.dibao, amount: 1_772 + 92)
        #expect(try !covered.hits().contains { $0.rule == .missedCoverage })
        var adults = World([member(born: 1985, wages: 1_000), member(born: 1987)])
        adults.monitored = true
        #expect(try adults.hits().isEmpty)
        #expect(hit.facts["monitoring"] == "registry")
    }

    @Test("HH-MISSED: a household only the department's monitoring list names is found too, and the evidence says so")
    func missedCoverageFromDepartmentList() throws {
        var listed = World([member(born: 1985, wages: 1_000), member(born: 1987), member(born: 2015)])
        listed.listed = true
        #expect(try listed.hits().map { $0.facts["monitoring"] } == ["department"])
        listed.monitored = true
        #expect(try listed.hits().map { $0.facts["monitoring"] } == ["both"])
    }

    @Test("DQ-FIELDS, DQ-ACCOUNT, DQ-REGION: a blank 户口性质 and 劳动能力, no account, every 户籍 elsewhere; none on a complete record")
    func dataQuality() throws {
        var complete = World([member(born: 1980, wages: 1_000), member(born: 1982)])
        complete.enroll(.dibao, amount: 848)
        complete.recordPersons()
        #expect(try complete.hits().isEmpty)

        var blank = complete
        blank.recordPersons { index, person in
            if index == 1 { person.hukouType = nil; person.labourCapacity = nil }
        }
        let fields = try #require(try blank.hits().first)
        #expect(fields.rule == .missingFields && fields.personID == blank.members[1].0 && fields.facts["fields"] == "hukou_type,labour_capacity")

        var unpaid = complete
        unpaid.hasAccount = false
        #expect(try unpaid.hits().map(\.rule) == [.noAccount])

        var elsewhere = complete
        elsewhere.recordPersons { _, person in person.hukouRegion = "370303002001" }
        let region = try #require(try elsewhere.hits().first)
        #expect(region.rule == .regionMismatch && region.facts["hukou"] == "370303" && region.facts["paying"] == "370321")
        var oneHere = complete
        oneHere.recordPersons { index, person in if index == 1 { person.hukouRegion = "370303002001" } }
        #expect(try oneHere.hits().isEmpty)
    }

    @Test("HH-TEKUN: a lone elder on 低保 meets 特困; not when the enrollment records the choice of 低保")
    func tekunOnDibao() throws {
        var world = World([member(born: 1950)])
        world.enroll(.dibao, amount: 924)
        #expect(try world.hits().map(\.rule) == [.tekunOnDibao])
        var chosen = World([member(born: 1950)])
        chosen.enroll(.dibao, amount: 924, choice: "经本人签字同意选择低保")
        #expect(try chosen.hits().isEmpty)
    }

    @Test("HH-AMOUNT: 800 paid where the rules give 924 × 2 − 1,000 = 848; nothing when 848 is paid")
    func amountMismatch() throws {
        var world = World([member(born: 1980, wages: 1_000), member(born: 1982)])
        world.enroll(.dibao, amount: 800)
        let hit = try #require(try world.hits().first)
        #expect(hit.rule == .amountMismatch && hit.facts["recorded"] == "800.00" && hit.facts["computed"] == "848.00")
        var right = World([member(born: 1980, wages: 1_000), member(born: 1982)])
        right.enroll(.dibao, amount: 848)
        #expect(try right.hits().isEmpty)
    }

    @Test("HH-REVIEW: due the day before is overdue; due today is not")
    func reviewOverdue() throws {
        var late = World([member(born: 1980, wages: 1_000), member(born: 1982)])
        late.enroll(.dibao, amount: 848, review: CivilDate(year: 2024, month: 4, day: 30)!)
        #expect(try late.hits().map(\.facts["due"]) == ["2024-04-30"])
        var due = World([member(born: 1980, wages: 1_000), member(born: 1982)])
        due.enroll(.dibao, amount: 848, review: Self.date)
        #expect(try due.hits().isEmpty)
    }

    @Test("HH-TAPER: 低保 ended two months ago with income 1,000 (above 924, inside 2 ×) and no 渐退; not after a 渐退, nor a year and more ago")
    func phasedExitMissing() throws {
        var world = World([member(born: 1980, wages: 1_000)])
        world.enroll(.dibao, amount: 100, ended: CivilDate(year: 2024, month: 3, day: 1)!, endReason: "家庭人均收入超过当地低保标准")
        #expect(try world.hits().map(\.rule) == [.phasedExitMissing])
        var tapered = World([member(born: 1980, wages: 1_000)])
        tapered.enroll(.dibao, amount: 100, ended: CivilDate(year: 2024, month: 3, day: 1)!, endReason: "渐退期满")
        #expect(try tapered.hits().isEmpty)
        var old = World([member(born: 1980, wages: 1_000)])
        old.enroll(.dibao, amount: 100, ended: CivilDate(year: 2023, month: 4, day: 30)!, endReason: "家庭人均收入超过当地低保标准")
        #expect(try old.hits().isEmpty)
    }

    @Test("HH-EXIT: 特困 ended since January for a household with an elder; not for working-age adults above the band")
    func exitReview() throws {
        var world = World([member(born: 1950, wages: 3_000)])
        world.enroll(.tekun, ended: CivilDate(year: 2024, month: 2, day: 1)!, endReason: "有赡养能力的义务人")
        #expect(try world.hits().map(\.rule) == [.exitReview])
        var adults = World([member(born: 1980, wages: 3_000)])
        adults.enroll(.dibao, ended: CivilDate(year: 2024, month: 2, day: 1)!, endReason: "家庭人均收入超过当地低保标准")
        #expect(try adults.hits().isEmpty)
    }

    @Test("HH-SUBSIDY: a care subsidy for grade 3 physical, and a living subsidy with no disability on file, are hits; grade 1 in a 低保 family is not")
    func subsidyError() throws {
        var world = World([member(born: 1980, wages: 1_000, grade: 3), member(born: 1982)])
        world.enroll(.dibao, amount: 848)
        world.enroll(.severeDisabilityCareSubsidy, members: [0], amount: 110)
        world.enroll(.disabilityLivingSubsidy, members: [1], amount: 110)
        #expect(try world.hits().map { "\($0.rule.rawValue):\($0.facts["reason"] ?? "")" } == ["HH-SUBSIDY:grade", "HH-SUBSIDY:no_certificate"])
        var right = World([member(born: 1980, wages: 1_000, grade: 1), member(born: 1982)])
        right.enroll(.dibao, amount: 848)
        right.enroll(.severeDisabilityCareSubsidy, members: [0], amount: 110)
        right.enroll(.disabilityLivingSubsidy, members: [0], amount: 110)
        #expect(try right.hits().isEmpty)
    }

    @Test("every household rule has a Chinese name and basis")
    func catalog() {
        for rule in HouseholdRule.allCases {
            #expect(rule.name() != "audit.rule.\(rule.rawValue).name")
            #expect(rule.basis() != "audit.rule.\(rule.rawValue).basis" && rule.basis().contains("政策参考"))
        }
    }
}
