import Vapor

/// `doudi import KIND FILE --as USER`: registry and master-data imports.
struct ImportCommands: AsyncCommandGroup {
    var help: String { "导入数据（家庭成员、区划）/ import registry files" }
    var commands: [String: any AnyAsyncCommand] {
        [
            "households": ImportHouseholdsCommand(),
            "regions": ImportRegionsCommand(),
        ]
    }
}
