import Vapor

/// Every batch job is a subcommand of the one `doudi` binary.
enum DoudiCommands {
    static func register(on app: Application) {
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(DemoDataCommand(), as: "demo-data")
        app.asyncCommands.use(ImportCommands(), as: "import")
        app.asyncCommands.use(BenchCommands(), as: "bench")
        app.asyncCommands.use(ReferenceCommands(), as: "reference")
        app.asyncCommands.use(AuditLogCommands(), as: "audit-log")
        app.asyncCommands.use(FindingsCommands(), as: "findings")
        app.asyncCommands.use(DataQualityCommand(), as: "data-quality")
        app.asyncCommands.use(UsersCommands(), as: "users")
        app.asyncCommands.use(EvaluateCommand(), as: "evaluate")
        app.asyncCommands.use(CrossCheckCommand(), as: "crosscheck")
        app.asyncCommands.use(SnapshotsCommand(), as: "snapshots")
        app.asyncCommands.use(SimulateCommand(), as: "simulate")
        app.asyncCommands.use(EvaluateRegionCommand(), as: "evaluate-region")
    }
}
