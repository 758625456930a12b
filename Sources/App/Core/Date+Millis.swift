import Foundation

extension Date {
    /// Milliseconds since 1970, as the audit log and the account tables store instants.
    var millisSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(millisSince1970 millis: Int64) {
        self.init(timeIntervalSince1970: Double(millis) / 1000)
    }
}
