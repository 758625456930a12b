import DoudiDomain

/// A column of an import template: its stable key and whether it is required.
/// The header users type is the Chinese label `import.column.<key>`.
struct ImportColumn: Sendable, Hashable {
    let key: String
    let required: Bool
    /// Other headers accepted for this column, e.g. the machine headers of a
    /// national region file (`code,name,urban_rural,valid_from,valid_to`).
    var aliases: [String] = []

    static func required(_ key: String) -> ImportColumn { ImportColumn(key: key, required: true) }
    static func optional(_ key: String) -> ImportColumn { ImportColumn(key: key, required: false) }

    func accepting(_ aliases: String...) -> ImportColumn {
        ImportColumn(key: key, required: required, aliases: self.aliases + aliases)
    }

    func header(_ locale: AppLocale = .current) -> String { L("import.column.\(key)", locale: locale) }
}

/// Where each template column sits in the user's file. Unknown and duplicate headers
/// are errors: a misspelt header must never silently drop a column of data.
struct ColumnMap: Sendable {
    private(set) var index: [String: Int] = [:]

    static func build(header: [String], template: [ImportColumn]) -> (ColumnMap, [ImportIssue]) {
        var byLabel: [String: String] = [:]
        for column in template {
            for locale in AppLocale.allCases { byLabel[column.header(locale)] = column.key }
            byLabel[column.key] = column.key
            for alias in column.aliases { byLabel[alias] = column.key }
        }
        var map = ColumnMap()
        var issues: [ImportIssue] = []
        for (position, name) in header.enumerated() {
            let trimmed = name.trimmed
            if trimmed.isEmpty { continue }
            guard let key = byLabel[trimmed] else {
                issues.append(ImportIssue(line: 1, column: nil, value: trimmed, reasonKey: "import.error.header.unknown", arguments: ["column": trimmed]))
                continue
            }
            if map.index[key] != nil {
                issues.append(ImportIssue(line: 1, column: key, value: trimmed, reasonKey: "import.error.header.duplicate", arguments: ["column": trimmed]))
                continue
            }
            map.index[key] = position
        }
        for column in template where column.required && map.index[column.key] == nil {
            issues.append(ImportIssue(line: 1, column: column.key, value: "", reasonKey: "import.error.header.missing",
                                      arguments: ["column": column.header()]))
        }
        return (map, issues)
    }
}
