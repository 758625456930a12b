/// A household and its members, assembled village by village and then written to every file.
struct SynthHousehold: Sendable {
    var number: String
    var village: SynthVillage
    var address: String
    var archetype: HouseholdArchetype
    var members: [SynthPerson]
    var grandchildSituation: GrandchildSituation?
    /// 脱贫不稳定户 / 边缘易致贫户 (监测对象), applied to every member's 特殊身份.
    var monitoring: String?
    /// Index into the village's household list of the household whose head supports this one's
    /// elders (a child living separately in the same village), if any.
    var supporterHousehold: Int?

    var head: SynthPerson { members[0] }
    var countedMembers: [SynthPerson] { members.filter(\.counted) }
    var isUrban: Bool { village.isUrban }
}
