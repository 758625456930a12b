/// The 区划 master-data template (docs/import-templates.md §10). The machine headers of a
/// national catalogue file (`code,name,urban_rural,valid_from,valid_to`) are accepted too.
enum RegionTemplate {
    static let columns: [ImportColumn] = [
        .required("code"), .required("region_name").accepting("name"), .optional("urban_rural_code").accepting("urban_rural"),
        .optional("valid_from"), .optional("valid_to"), .optional("population"),
    ]
}
