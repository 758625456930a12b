import Foundation

/// Who is acting, and over which area. Every data-access call takes one explicitly:
/// the web passes the logged-in user, the CLI the user named by `--as`.
public struct Caller: Hashable, Sendable {
    public let userID: UUID
    public let username: String
    public let role: Role
    /// Everything the caller may read or change lies within this region.
    public let scope: RegionCode

    public init(userID: UUID, username: String, role: Role, scope: RegionCode) {
        self.userID = userID
        self.username = username
        self.role = role
        self.scope = scope
    }

    public func mayAccess(_ region: RegionCode) -> Bool {
        scope.contains(region)
    }

    /// The part of `region` inside the caller's area: the region itself when it lies within
    /// the area, the area when the region encloses it (a township user running a county-wide
    /// job), nil when they do not meet.
    public func visiblePart(of region: RegionCode) -> RegionCode? {
        scope.contains(region) ? region : region.contains(scope) ? scope : nil
    }
}
