import DoudiDomain
import Foundation

/// One generated household as the registry will hold it once its files are imported: the
/// domain records, built from the values exactly as written (the written birth date of a
/// planted inconsistency, the Chinese labels parsed by the same vocabularies the import uses),
/// so the generator can ask the rules what a run will find before it writes anything.
///
/// Keys are local: member `i` is `person(i)`, enrollment `j` is `enrollment(j)`; a hit maps
/// back to the member and the enrollment through them.
struct SynthRegistryView {
    let household: Household
    let members: [(membership: Membership, person: Person)]
    let incomes: [IncomeRecord]
    let assets: [AssetRecord]
    let enrollments: [Enrollment]
    /// The head, when the household's account is written (accounts.csv names the head).
    let accountHolders: Set<UUID>
    /// Stand-in ID keys of the members the department's monitoring list names (every member
    /// of a monitored household): the view's persons carry these keys and no others.
    let monitoringList: Set<UInt64>

    /// Whether the department's monitoring list names `member`: every living member of a
    /// monitored household whose number is right (the list holds the true number; a member
    /// the registry holds under a wrong one is not matched).
    static func listed(_ member: SynthPerson, in household: SynthHousehold) -> Bool {
        household.monitoring != nil && member.deathDate == nil && member.plant?.invalidatesNumber != true
    }

    static func person(_ index: Int) -> UUID { key(1, index) }
    static func enrollment(_ index: Int) -> UUID { key(2, index) }
    private static let householdKey = key(0, 0)

    private static func key(_ kind: Int, _ index: Int) -> UUID {
        UUID(uuidString: "00000000-0000-0000-000\(kind)-" + FastText.padded(index, width: 12))!
    }

    /// `monitoringList`: whether the department's list is written at all.
    init(_ household: SynthHousehold, records: HouseholdRecords, incomeMonths: (from: MonthPeriod, to: MonthPeriod), monitoringList listWritten: Bool = true) {
        let region = RegionCode(household.village.codeText)!
        let hid = Self.householdKey
        self.household = Household(id: hid, householdNo: household.number, region: region, address: household.address,
                                   areaKind: household.isUrban ? .urban : .rural, headPersonID: Self.person(0))
        let index = Dictionary(household.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        members = household.members.enumerated().map { offset, member in
            let written = member.plant == .birthDateMismatch ? member.birth.adding(months: -12) : member.birth
            let disability = member.disability.flatMap { d -> Disability? in
                guard let category = DisabilityCategory.parse(d.categoryName), let grade = DisabilityGrade.parse(d.gradeName) else { return nil }
                return Disability(category: category, grade: grade, certificateNo: nil, validUntil: d.validUntil)
            }
            let person = Person(
                id: Self.person(offset), region: region, idNumber: RecordedIDNumber(value: member.id, status: .valid,
                                                                              packedKey: Self.listed(member, in: household) ? UInt64(offset + 1) : nil,
                                                                              unverifiedRegion: false),
                name: member.name, sex: member.male != (member.plant == .sexMismatch) ? .male : .female, birthDate: written,
                hukouRegion: member.hukouCode.isEmpty ? nil : member.hukouCode, hukouType: HukouType.parse(member.hukouType),
                disability: disability, hasSeriousIllness: member.illness != nil,
                seriousIllness: member.illness, labourCapacity: LabourCapacity.parse(member.labour.label),
                employment: EmploymentStatus.parse(member.employment.label),
                // Written to 特殊身份: the person's own statuses and the household's monitoring category, when recorded.
                specialStatuses: Set((member.statuses + [household.monitoringRecorded ? household.monitoring : nil].compactMap { $0 })
                    .compactMap(SpecialStatus.parse)),
                deathDate: member.deathDate)
            let membership = Membership(id: Self.person(offset), householdID: hid, personID: person.id,
                                        relationship: Relationship.parse(member.relation) ?? .other,
                                        basis: MembershipBasis.parse(member.basis), startedOn: nil, endedOn: nil)
            return (membership, person)
        }
        let members = self.members
        accountHolders = records.payeeAccount ? [Self.person(0)] : []
        monitoringList = !listWritten ? [] : Set(household.members.indices.filter { Self.listed(household.members[$0], in: household) }.map { UInt64($0 + 1) })
        incomes = records.incomes.enumerated().compactMap { offset, row in
            guard let category = IncomeCategory.parse(row.category) else { return nil }
            return IncomeRecord(id: Self.key(3, offset), householdID: hid, personID: index[row.id].map(Self.person), category: category,
                                item: row.item, amount: Money(fen: row.fen), fromMonth: incomeMonths.from, toMonth: incomeMonths.to, source: row.source)
        }
        assets = records.assets.enumerated().compactMap { offset, row in
            guard let kind = AssetKind.parse(row.kind) else { return nil }
            return AssetRecord(id: Self.key(4, offset), householdID: hid, personID: index[row.id].map(Self.person), kind: kind,
                               description: row.detail, value: row.fen.map(Money.init(fen:)), quantityHundredths: nil,
                               acquiredOn: row.acquired, verifiedOn: row.checked, source: row.source)
        }
        enrollments = records.enrollments.enumerated().map { offset, synth in
            // 整户: every counted current member, as the import covers it.
            let covered = synth.coveredIDs.isEmpty
                ? members.filter(\.membership.isCounted).map(\.person.id)
                : synth.coveredIDs.compactMap { index[$0].map(Self.person) }
            return Enrollment(
                id: Self.enrollment(offset), region: region, householdID: hid, certificateNo: synth.certificate,
                program: Program.parse(synth.program.label)!, status: EnrollmentStatus.parse(synth.status.label) ?? .active,
                coverage: synth.coveredIDs.isEmpty ? .household : .individual, memberIDs: covered, monthlyAmount: Money(fen: synth.monthlyFen),
                reviewClass: synth.reviewClass.flatMap(ReviewClass.parse), startedOn: synth.start, startReason: synth.startReason,
                endedOn: synth.end, endReason: synth.endReason, nextReviewOn: synth.nextReview,
                careForm: synth.careForm.flatMap(CareForm.parse), voluntaryChoice: synth.voluntaryNote)
        }
    }

    /// The household as the rules see it on `date`, or nil when they would not judge it.
    func registered(on date: CivilDate) -> RegisteredHousehold? {
        try? RegisteredHousehold.assemble(household, members: members, incomes: incomes, assets: assets, enrollments: enrollments,
                                          accountHolders: accountHolders, monitoringList: monitoringList, on: date).get()
    }

    /// The member index of a key from this view.
    static func memberIndex(_ key: UUID) -> Int? { index(key, kind: 1) }
    static func enrollmentIndex(_ key: UUID) -> Int? { index(key, kind: 2) }

    private static func index(_ key: UUID, kind: Int) -> Int? {
        let text = key.uuidString
        guard text.hasPrefix("00000000-0000-0000-000\(kind)-") else { return nil }
        return Int(text.suffix(12))
    }
}
