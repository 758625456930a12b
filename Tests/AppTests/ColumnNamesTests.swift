@testable import App
import Testing

@Suite("Column names from row properties")
struct ColumnNamesTests {
    @Test("camelCase keys become the columns SQLKit's snake-case strategy finds, acronyms as one word",
          arguments: [("householdNo", "household_no"), ("headPersonID", "head_person_id"), ("id", "id"), ("IDKey", "id_key"),
                      ("regionCode", "region_code"), ("member2Name", "member2_name"), ("urbanRuralCode", "urban_rural_code")])
    func snakeCase(key: String, column: String) {
        #expect(ColumnNames.snakeCase(key) == column)
        #expect(ColumnNames.shared.column(for: key) == column)
    }
}
