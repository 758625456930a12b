/// The 家庭成员 import template (docs/import-templates.md §1): one row per person.
enum HouseholdTemplate {
    static let columns: [ImportColumn] = [
        .required("household_no"), .required("region_code"), .required("address"), .required("area_kind"),
        .required("relationship"), .required("name"), .required("id_number"),
        .optional("sex"), .optional("birth_date"), .optional("ethnicity"), .optional("hukou_region"),
        .optional("hukou_type"), .optional("membership_basis"), .optional("disability_category"),
        .optional("disability_grade"), .optional("disability_cert_no"), .optional("disability_cert_valid_until"),
        .optional("serious_illness"), .optional("diagnosis"), .optional("labour_capacity"), .optional("employment"),
        .optional("schooling"), .optional("special_statuses"), .optional("death_date"),
    ]

    /// Household-level columns: every row of one household must agree on them.
    static let householdColumns = ["region_code", "address", "area_kind"]
}
