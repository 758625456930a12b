import Vapor

/// Every batch job is a subcommand of the one `doudi` binary.
enum DoudiCommands {
    static func register(on app: Application) {
        app.asyncCommands.use(ImportCommands(), as: "import")
    }
}
