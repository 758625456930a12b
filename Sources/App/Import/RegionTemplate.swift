/// The 区划 master-data template (docs/import-templates.md §10).
enum RegionTemplate {
    static let columns: [ImportColumn] = [
        .required("code"), .required("region_name"), .optional("urban_rural_code"),
        .optional("valid_from"), .optional("valid_to"),
    ]
}
