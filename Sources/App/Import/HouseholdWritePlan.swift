import DoudiDomain
import Foundation

/// The writes a validated household file needs, computed against what exists:
/// new rows, changed rows with their before-images, and memberships to end.
/// Re-importing an unchanged file yields an empty plan (idempotent, keyed on ID numbers).
///
/// New persons are not part of the plan: their keys (`NewPersonKeys`) are known before it,
/// so the importer writes them (`newPersons`) while the rest is planned.
struct HouseholdWritePlan {
    var changedPersons: [(before: PersonRow, after: PersonRow)] = []
    var newHouseholds: [HouseholdRow] = []
    var changedHouseholds: [(before: HouseholdRow, after: HouseholdRow)] = []
    var newMemberships: [MembershipRow] = []
    var changedMemberships: [(before: MembershipRow, after: MembershipRow)] = []
    var addedRows = 0
    var changedRows = 0
    var unchangedRows = 0
    var flaggedRows = 0

    /// The keys a file's new persons get: every row whose ID number the registry lacks.
    static func newPersonKeys(rows: [HouseholdFileRow], existing: ExistingRegistry) -> NewPersonKeys {
        NewPersonKeys(rows: rows) { existing.personsByIDNumber[$0.person.idNumber.value] == nil }
    }

    /// The new persons' rows in insertion order, built one at a time as they are written.
    static func newPersons(rows: [HouseholdFileRow], keys: NewPersonKeys) -> some Collection<PersonRow> {
        keys.insertionOrder.lazy.map { personRow(rows[$0], id: keys.keyByRow[$0]!) }
    }

    init(rows: [HouseholdFileRow], groups: [HouseholdFileCheck.Group], existing: ExistingRegistry, newKeys: NewPersonKeys,
         today: CivilDate) {
        let startedOn = today.iso
        for group in groups {
            let first = rows[group.rowIndices[0]]
            let previous = existing.householdsByNumber[group.householdNo]
            let householdID = previous?.id ?? OrderedUUID.make()
            var headID: UUID?
            var firstRowUnchanged = false

            for index in group.rowIndices {
                let row = rows[index]
                var rowChanged = false
                let personID: UUID
                // A row without a new key names a stored person.
                let stored = newKeys.keyByRow[index] == nil ? existing.personsByIDNumber[row.person.idNumber.value] : nil
                if let before = stored {
                    let person = Self.personRow(row, id: before.id)
                    if !before.sameContent(as: person) {
                        changedPersons.append((before, person))
                        rowChanged = true
                    }
                    personID = before.id
                } else {
                    personID = newKeys.keyByRow[index]!
                }
                if row.relationship == .head { headID = personID }
                if !row.person.idNumber.isValid { flaggedRows += 1 }

                let wanted = MembershipRow(id: OrderedUUID.make(), regionCode: row.region, householdId: householdID, personId: personID,
                                           relationship: row.relationship.rawValue, basis: row.basis?.rawValue,
                                           counted: row.basis?.isCounted ?? true, startedOn: startedOn, endedOn: nil)
                if stored != nil, let current = existing.currentMembershipByPerson[personID] {
                    if current.householdId == householdID {
                        var updated = current
                        (updated.relationship, updated.basis, updated.counted, updated.regionCode) =
                            (wanted.relationship, wanted.basis, wanted.counted, wanted.regionCode)
                        if updated != current {
                            changedMemberships.append((current, updated))
                            rowChanged = true
                        }
                    } else {
                        // Moved to another household: the old membership ends today, history kept.
                        var ended = current
                        ended.endedOn = today.iso
                        changedMemberships.append((current, ended))
                        newMemberships.append(wanted)
                        rowChanged = true
                    }
                } else {
                    newMemberships.append(wanted)
                    if stored != nil { rowChanged = true }
                }

                if stored == nil {
                    addedRows += 1
                } else if rowChanged {
                    changedRows += 1
                } else {
                    unchangedRows += 1
                    if index == group.rowIndices[0] { firstRowUnchanged = true }
                }
            }
            let household = HouseholdRow(id: householdID, regionCode: first.region, householdNo: group.householdNo,
                                         address: first.address, areaKind: first.areaKind.rawValue, headPersonId: headID)
            if let previous {
                if previous != household {
                    changedHouseholds.append((previous, household))
                    // A household-level change (address, head …) counts against its first row.
                    if firstRowUnchanged {
                        unchangedRows -= 1
                        changedRows += 1
                    }
                }
            } else {
                newHouseholds.append(household)
            }
        }
    }

    private static func personRow(_ row: HouseholdFileRow, id: UUID) -> PersonRow {
        var person = PersonRow(row.person)
        person.id = id
        person.regionCode = row.region
        return person
    }
}
