import Foundation
import Vapor

/// Settings of imports started from the web, read once at start-up (see `AppConfiguration`).
struct ImportSettings: Sendable {
    /// The largest file the import page accepts. A county's roll of 100,000 people is about
    /// 15 MB as CSV; the default leaves room for a city's.
    var uploadLimitBytes = 256 * 1024 * 1024
    /// How long a finished job, with its error report, is kept. Reports repeat the file's
    /// personal data, so they are not kept forever (个人信息保护法 art 19: no longer than
    /// the purpose needs).
    var reportRetention: TimeInterval = 30 * 86_400

    /// `DOUDI_UPLOAD_LIMIT_MB` (default 256) and `DOUDI_IMPORT_REPORT_DAYS` (default 30).
    static func fromEnvironment() throws -> ImportSettings {
        var settings = ImportSettings()
        if let megabytes = try EnvironmentValue.positiveInteger("DOUDI_UPLOAD_LIMIT_MB") {
            settings.uploadLimitBytes = megabytes * 1024 * 1024
        }
        if let days = try EnvironmentValue.positiveInteger("DOUDI_IMPORT_REPORT_DAYS") {
            settings.reportRetention = Double(days) * 86_400
        }
        return settings
    }
}
