import Foundation

extension UUID {
    /// Whether `self` sorts before `other` as their `uuidString`s would: the text is the
    /// sixteen bytes in order as fixed-width upper-case hex, so comparing the bytes gives the
    /// same order without formatting two strings per comparison (on Linux, `uuidString`
    /// formats through `snprintf`, and sorts of members and incomes called it for every
    /// comparison of every household of a province).
    public func precedes(_ other: UUID) -> Bool {
        withUnsafeBytes(of: uuid) { a in withUnsafeBytes(of: other.uuid) { b in a.lexicographicallyPrecedes(b) } }
    }
}
