import DoudiDomain

/// One village: its households, its officials, the enrollment decisions and the rows.
extension RollGenerator {
    /// Returns the village's people in the registry, and of them those covered by 低保 in
    /// force (each person record once, as the coverage query counts them).
    func village(
        _ village: SynthVillage, quota: Int, countyIndex: Int, staff townStaff: VillageStaff,
        builder: inout HouseholdBuilder, planner: inout EnrollmentPlanner, factory: inout StaffFactory
    ) throws -> (persons: Int, covered: Int) {
        var persons = 0, covered = 0
        stats.villages += 1
        var list: [SynthHousehold] = []
        var supportPairs: [(parent: Int, child: Int)] = []
        var sequence = 0
        func nextNumber() -> String {
            sequence += 1
            return village.codeText + FastText.padded(sequence, width: sequence > 9999 ? 5 : 4)
        }
        if scale {
            // Exactly `quota` enrolled persons: the last household is trimmed to fit.
            var remaining = quota
            while remaining > 0 {
                let household = builder.build(builder.archetype(urban: village.isUrban), village: village, number: nextNumber(), maxMembers: min(6, remaining))
                remaining -= household.members.count
                list.append(household)
            }
        } else {
            while list.count < quota {
                let archetype = builder.archetype(urban: village.isUrban)
                let household = builder.build(archetype, village: village, number: nextNumber())
                list.append(household)
                // A son's family often lives in its own household in the same village: link them (赡养).
                guard archetype == .elderAlone || archetype == .elderCouple, list.count < quota,
                      builder.rng.chance(village.isUrban ? 0.2 : 0.35) else { continue }
                let elderAge = household.members.map(\.age).max() ?? 70
                let childAge = elderAge - builder.rng.int(24...34)
                guard childAge >= 25 else { continue }
                builder.headHint = (childAge, household.members.first(where: \.male)?.surname)
                let child = builder.build(builder.rng.chance(0.7) ? .nuclear : .middleAgedCouple, village: village, number: nextNumber())
                supportPairs.append((list.count - 1, list.count))
                list.append(child)
            }
        }
        var staff = townStaff
        var relatives: [Int: (official: SynthStaff, relation: String, note: String)] = [:]
        for _ in 0..<(scale ? 2 : builder.rng.int(2...3)) {
            // 人情保 signal: now and then an official is a close relative of a household here.
            if !scale, !list.isEmpty, builder.rng.chance(0.015) {
                let target = builder.rng.below(list.count)
                let head = list[target].members[0]
                if list[target].archetype != .tekunSingle, head.age >= 25, relatives[target] == nil {
                    let parent = head.age >= 62
                    let age = min(58, max(26, parent ? head.age - builder.rng.int(24...32) : head.age + builder.rng.int(-8...8)))
                    let official = factory.make(post: "村干部", region: village.code, builder: &builder,
                                                surname: parent && !head.male ? nil : head.surname, age: age)
                    let kinship = parent ? (head.male ? "父亲" : "母亲")
                        : head.male ? (head.age > age ? "哥哥" : "弟弟") : (head.age > age ? "姐姐" : "妹妹")
                    relatives[target] = (official, parent ? "父母" : "兄弟姐妹", "村干部" + official.name + "（工号" + official.number + "）的" + kinship)
                    staff.officials.append(official)
                    continue
                }
            }
            staff.officials.append(factory.make(post: "村干部", region: village.code, builder: &builder))
        }
        try staff.officials.forEach(writer.staffMember)
        hits.staff += staff.officials.map { ($0, countyIndex) }
        stats.staff += staff.officials.count
        for index in list.indices {
            let relative = relatives[index]
            var records = planner.plan(&list[index], staff: staff, forceDibao: relative != nil && builder.rng.chance(0.7))
            if let relative {
                records.relations.append((list[index].members[0].id, relative.official.id, "近亲属", relative.note))
                stats.staffRelativeLinks += 1
            }
            for pair in supportPairs where pair.parent == index {
                let supporter = list[pair.child].members[0]
                for elder in list[index].members {
                    records.relations.append((elder.id, supporter.id, "赡养", "子女（" + supporter.name + "）分户居住"))
                }
            }
            let plant = planner.plantIdentityProblem(&list[index], records: &records, staff: staff)
            let householdPlants = try audit.map {
                try planner.settle(&list[index], records: &records, staff: staff, rules: $0, identityPlanted: plant != nil)
            } ?? []
            try writer.household(list[index])
            let lastPaid = try writer.records(records, of: list[index])
            let rows = list[index].members.map { SynthRollRow.rows(of: $0, in: list[index], records: records, lastPaid: lastPaid) }
            tally(list[index], records, rows: rows, countyIndex: countyIndex)
            persons += list[index].members.count
            if let category = list[index].monitoring {
                for (member, memberRows) in zip(list[index].members, rows) where SynthRegistryView.listed(member, in: list[index]) {
                    hits.monitored.append(MonitoredPerson(id: member.id, name: member.name, category: category, countyIndex: countyIndex,
                                                          enrolled: memberRows.contains { $0.inForce && $0.program.isMeansTested }))
                }
            }
            covered += rows.filter { $0.contains { $0.program == .dibao && $0.inForce } }.count
            if let plant { record(plant, in: list[index], rows: rows) }
            for found in householdPlants {
                planted.add(.household(found.rule), list[index].members[found.member].id, expected: 1, note: found.note)
            }
            if let relative {
                let head = list[index].members[0]
                hits.kin.append(KinLink(staff: relative.official, relation: relative.relation, person: hitPerson(
                    head, countyIndex: countyIndex, place: list[index].address, rows: rows[0])))
            }
        }
        return (persons, covered)
    }

    /// The answer key's entries for a plant: how many findings each person must give.
    private func record(_ plant: EnrollmentPlanner.Plant, in household: SynthHousehold, rows: [[SynthRollRow]]) {
        let note = plant.kind.note
        switch plant.kind {
        case .checksum, .birthDateInNumber, .sexMismatch, .birthDateMismatch:
            // Every roll row of the person carries the problem.
            let member = plant.member!
            planted.add(.identityError, household.members[member].id, expected: rows[member].count, note: note)
        case .overAgeOrphan:
            // Only the orphan allowance is held to the age.
            planted.add(.identityError, household.members[plant.member!].id, expected: 1, note: note)
        case .dibaoAndTekun, .transferredToTekun:
            planted.add(.duplicateBenefit, household.members[0].id, expected: plant.kind == .dibaoAndTekun ? 1 : 0, note: note)
        case .sameProgramTwice, .reenrolled:
            for member in household.members where member.counted {
                planted.add(.duplicateBenefit, member.id, expected: plant.kind == .sameProgramTwice ? 1 : 0, note: note)
            }
        }
    }

    private func hitPerson(_ person: SynthPerson, countyIndex: Int, place: String, rows: [SynthRollRow]) -> HitPerson {
        HitPerson(id: person.id, name: person.name, male: person.male, birth: person.birth, countyIndex: countyIndex, place: place, rows: rows)
    }

    /// Updates the counts and offers every living member to the reference-hit sampler.
    private func tally(_ household: SynthHousehold, _ records: HouseholdRecords, rows: [[SynthRollRow]], countyIndex: Int) {
        stats.households += 1
        stats.persons += household.members.count
        var wholeHousehold = false
        var coveredIDs: [String] = []
        for enrollment in records.enrollments {
            stats.enrollmentsByProgram[enrollment.program.rawValue] += 1
            if enrollment.status == .ended { stats.endedEnrollments += 1 }
            if enrollment.status == .tapering { stats.taperingEnrollments += 1 }
            guard enrollment.isMeansTestedActive else { continue }
            if enrollment.program == .dibao { stats.dibaoPersons += enrollment.coveredCount } else { stats.tekunPersons += enrollment.coveredCount }
            if enrollment.coveredIDs.isEmpty { wholeHousehold = true } else { coveredIDs += enrollment.coveredIDs }
        }
        for (index, member) in household.members.enumerated() {
            let enrolled = (wholeHousehold && member.counted) || coveredIDs.contains(member.id)
            if enrolled { stats.enrolledPersons += 1 }
            // A person whose number is invalid has nothing a department could list them under.
            if member.deathDate == nil, member.plant?.invalidatesNumber != true {
                hits.offer(member, countyIndex: countyIndex, place: household.address, enrolledPerson: enrolled, rows: rows[index])
            }
        }
    }
}
