/// A requested page number kept within 1…`max`, so no offset computed from it can
/// overflow or go negative, whatever a form or URL says.
enum PageNumber {
    static let max = 10_000

    static func clamped(_ page: Int?) -> Int { Swift.min(Swift.max(page ?? 1, 1), max) }
}
