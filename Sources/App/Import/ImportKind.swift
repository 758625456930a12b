import DoudiDomain
import Fluent
import Vapor

/// The registry and master-data files Doudi imports (docs/import-templates.md): one
/// list for the CLI, the demo loader and the import page, so each offers the same kinds
/// with the same templates and runs them through the same importer.
enum ImportKind: String, CaseIterable, Sendable {
    case households, regions
    case staff, enrollments, payments, incomes, assets, relations, adl, accounts

    /// The template's columns, for the downloadable blank file and the page's column list.
    var columns: [ImportColumn] {
        switch self {
        case .households: HouseholdTemplate.columns
        case .regions: RegionTemplate.columns
        case .staff: StaffFileRow.columns
        case .enrollments: EnrollmentFileRow.columns
        case .payments: PaymentFileRow.columns
        case .incomes: IncomeFileRow.columns
        case .assets: AssetFileRow.columns
        case .relations: RelationFileRow.columns
        case .adl: ADLFileRow.columns
        case .accounts: BankAccountFileRow.columns
        }
    }

    /// Only household rolls carry invalid ID numbers that a migration must keep and flag.
    var allowsLegacy: Bool { self == .households }

    /// The kind's name for people, e.g. 家庭成员.
    func label(_ locale: AppLocale = .current) -> String { L("import.kind.\(rawValue)", locale: locale) }

    /// Runs the kind's importer. `progress` hears the phases of the long household import;
    /// the record files are small enough to finish between two polls of the page.
    func run(_ request: ImportRequest, database: any Database, auditKey: SymmetricKey,
             progress: (@Sendable (ImportProgress) -> Void)? = nil) async throws -> ImportOutcome {
        switch self {
        case .households: try await HouseholdImporter(database: database, auditKey: auditKey).run(request, progress: progress)
        case .regions: try await RegionImporter(database: database, auditKey: auditKey).run(request)
        case .staff: try await StaffImporter(database: database, auditKey: auditKey).run(request)
        case .enrollments: try await EnrollmentImporter(database: database, auditKey: auditKey).run(request)
        case .payments: try await PaymentImporter(database: database, auditKey: auditKey).run(request)
        case .incomes: try await IncomeImporter(database: database, auditKey: auditKey).run(request)
        case .assets: try await AssetImporter(database: database, auditKey: auditKey).run(request)
        case .relations: try await RelationImporter(database: database, auditKey: auditKey).run(request)
        case .adl: try await ADLImporter(database: database, auditKey: auditKey).run(request)
        case .accounts: try await BankAccountImporter(database: database, auditKey: auditKey).run(request)
        }
    }
}
