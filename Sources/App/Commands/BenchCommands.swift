import DoudiDomain
import Vapor

/// `doudi bench …`: speed and memory targets are checked by these commands in release
/// builds, never by timed tests. docs/PERFORMANCE.md records their figures.
struct BenchCommands: AsyncCommandGroup {
    var help: String { L("cli.help.bench") }
    var commands: [String: any AnyAsyncCommand] {
        ["import": BenchImportCommand(), "rules": BenchRulesCommand(), "crosscheck": BenchCrossCheckCommand()]
    }
}
