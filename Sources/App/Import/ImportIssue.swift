import DoudiDomain

/// One problem found in an import file, pinned to its row and column. The reason is
/// a localization key plus arguments, rendered in the reader's language for the
/// error report (so a stored report is never frozen in one language).
public struct ImportIssue: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// The row as the user sees it in Excel (header = 1); 0 for the file as a whole.
    public var line: Int
    /// The column's template key (e.g. `id_number`), nil for row- or file-level issues.
    public var column: String?
    public var value: String
    public var reasonKey: String
    public var arguments: [String: String]
    public var severity: Severity

    public init(line: Int, column: String?, value: String, reasonKey: String,
                arguments: [String: String] = [:], severity: Severity = .error) {
        self.line = line
        self.column = column
        self.value = value
        self.reasonKey = reasonKey
        self.arguments = arguments
        self.severity = severity
    }

    /// Short keys: a rejected file's report is kept with its import job (`import_jobs`),
    /// and a large file can have hundreds of thousands of issues.
    enum CodingKeys: String, CodingKey {
        case line = "l", column = "c", value = "v", reasonKey = "r", arguments = "a", severity = "s"
    }

    public func reason(_ locale: AppLocale = .current) -> String {
        L(reasonKey, arguments, locale: locale)
    }

    public func columnLabel(_ locale: AppLocale = .current) -> String {
        column.map { L("import.column.\($0)", locale: locale) } ?? ""
    }
}
