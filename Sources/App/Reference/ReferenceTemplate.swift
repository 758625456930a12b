import DoudiDomain

/// A reference kind's file template (docs/reference-templates.md): its columns, with the
/// Chinese headers of `import.column.<key>`, and how a row becomes a `ReferenceRecord`.
struct ReferenceTemplate: Sendable {
    let kind: ReferenceKind
    let columns: [ImportColumn]
    let read: @Sendable (inout ReferenceRowReader) -> ReferenceRecord?

    static func of(_ kind: ReferenceKind) -> ReferenceTemplate {
        switch kind {
        case .deaths: deaths
        case .vehicles: vehicles
        case .realEstate: realEstate
        case .businesses: businesses
        case .payroll: payroll
        case .socialInsurance: socialInsurance
        case .providentFund: providentFund
        case .disabilityCertificates: disabilityCertificates
        case .medicalAssistance: medicalAssistance
        case .povertyMonitoring: povertyMonitoring
        case .staffRelatives: staffRelatives
        case .programRolls: programRolls
        }
    }

    /// Reads the row; nil when a required value is unusable (the reader holds the issues).
    func record(_ reader: inout ReferenceRowReader) -> ReferenceRecord? {
        guard var record = read(&reader), !reader.row.hasErrors else { return nil }
        record.cells = reader.cells(columns)
        return record
    }
}
