import Logging
import Vapor

extension LoggingSystem {
    /// Vapor's console logging (level from `--log` / `LOG_LEVEL`), behind the redacting handler.
    public static func bootstrapRedacting(from environment: inout Environment) throws {
        let level = try Logger.Level.detect(from: &environment)
        let console = Terminal()
        bootstrap { label in
            var handler = ConsoleLogger(label: label, console: console, level: level)
            handler.logLevel = level
            return RedactingLogHandler(wrapping: handler)
        }
    }
}
