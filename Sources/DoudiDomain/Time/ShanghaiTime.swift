import Foundation

/// Instants shown to users: the Asia/Shanghai wall clock, whatever the server's zone.
public enum ShanghaiTime {
    /// `2026-11-23 14:05`.
    public static func minute(_ instant: Date) -> String {
        String(second(instant).prefix(16))
    }

    /// `2026-11-23 14:05:09`.
    public static func second(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + CivilDate.shanghaiOffsetSeconds
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let day = CivilDate.today(at: instant)
        let h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60
        return day.iso + " " + [h, m, s].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// The instant a Shanghai calendar day begins (00:00 at UTC+8; China keeps no daylight time).
    public static func startOfDay(_ day: CivilDate) -> Date {
        Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 - CivilDate.shanghaiOffsetSeconds))
    }
}
