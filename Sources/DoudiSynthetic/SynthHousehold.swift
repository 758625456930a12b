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

    /// Whether the monitoring category reached the registry's 特殊身份: for one monitored
    /// household in four it did not, and only the department's list (poverty_monitoring.csv)
    /// has it. Decided by the household number, so no random draw moves.
    var monitoringRecorded: Bool {
        monitoring != nil && number.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 4 != 0
    }
}
