import Fluent
import Vapor

/// Migrations are numbered and append-only: a released migration is never edited;
/// a change is a new numbered folder. Each group says why it exists.
enum DoudiMigrations {
    static func register(on app: Application) {
        // Migration 001 – the registry: regions, users, staff, households, persons,
        // memberships, relations, income, assets, ADL assessments, enrollments,
        // bank accounts, payments, import batches and the change history.
        app.migrations.add(M001_CreateRegions())
        app.migrations.add(M001_CreateUsers())
        app.migrations.add(M001_CreateImportBatches())
        app.migrations.add(M001_CreateStaff())
        app.migrations.add(M001_CreateHouseholdsAndPersons())
        app.migrations.add(M001_CreateMemberships())
        app.migrations.add(M001_CreatePersonRecords())
        app.migrations.add(M001_CreateEnrollments())
        app.migrations.add(M001_CreatePayments())
        app.migrations.add(M001_CreateChangeLog())

        // Migration 002 – unique natural keys on the person-record tables, so concurrent
        // or repeated imports can never leave two rows for one record.
        app.migrations.add(M002_UniqueRecordKeys())

        // Migration 003 – the tamper-evident audit log and its anchor.
        app.migrations.add(M003_CreateAuditLog())

        // Migration 004 – credentials, lockout and hashed session / API tokens.
        app.migrations.add(M004_Accounts())

        // Migration 005 – an index for sweeping expired tokens at login.
        app.migrations.add(M005_AccessTokenExpiryIndex())

        // Migration 006 – imports started from the web page, with their error reports.
        app.migrations.add(M006_ImportJobs())

        // Migration 007 – other departments' reference batches for the cross-check
        // (their files live in the data directory; this is their metadata).
        app.migrations.add(M007_ReferenceBatches())

        // Migration 008 – cross-check runs and the findings they keep (one per problem).
        app.migrations.add(M008_CrossCheckRuns())

        // Migration 009 – adjudication of findings and the history of every decision.
        app.migrations.add(M009_FindingDecisions())

        // Migration 010 – 户籍人口 on the region master data (village 低保 coverage rates).
        app.migrations.add(M010_RegionPopulation())

        // Migration 011 – the registry's generation, moved by triggers on every registry
        // write, so a snapshot of the households knows when it is stale.
        app.migrations.add(M011_RegistryGeneration())

        // Migration 012 – enrollment members by region, as every other registry table.
        app.migrations.add(M012_EnrollmentMembersRegionIndex())
    }
}
