@testable import App
import DoudiDomain
import Foundation
import Testing

@Suite("Column names from row properties")
struct ColumnNamesTests {
    @Test("camelCase keys become snake_case columns, a run of capitals as one word",
          arguments: [("householdNo", "household_no"), ("headPersonID", "head_person_id"), ("id", "id"), ("IDKey", "id_key"),
                      ("regionCode", "region_code"), ("urbanRuralCode", "urban_rural_code")])
    func snakeCase(key: String, column: String) {
        #expect(ColumnNames.snakeCase(key) == column)
        #expect(ColumnNames.shared.column(for: key) == column)
    }

    /// Every stored property of the rows the registry reads maps to one of the table's own
    /// columns, and every column has its property.
    @Test("each row type's properties map to exactly its table's columns")
    func rowsMapToTheirColumns() throws {
        func properties(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let person = PersonRow(Person(id: UUID(), region: RegionCode("370321001001")!,
                                      idNumber: RecordedIDNumber(validating: testID("37032119500101001"), today: testToday), name: "张三"))
        let household = HouseholdRow(id: UUID(), regionCode: "370321001001", householdNo: "H", address: "a", areaKind: "urban", headPersonId: nil)
        let membership = MembershipRow(id: UUID(), regionCode: "370321001001", householdId: UUID(), personId: UUID(), relationship: "head",
                                       basis: nil, counted: true, startedOn: nil, endedOn: nil)
        for (row, columns) in [(properties(person), PersonRow.columns), (properties(household), HouseholdRow.columns),
                               (properties(membership), MembershipRow.columns)] {
            #expect(row.map(ColumnNames.snakeCase).sorted() == columns.sorted())
        }
    }
}
