import App
import Logging
import Vapor

// The one binary: `doudi demo`, `doudi serve`, `doudi import …`, `doudi demo-data …`, `doudi bench …`.
AllocatorTuning.apply()
var env = try Environment.detect()
try LoggingSystem.bootstrapRedacting(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app, configuration: AppConfiguration.fromEnvironment())
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
