import Dispatch

/// Frees a large value on a background thread instead of the caller's.
///
/// A million-person import holds the parsed file and its write plan: millions of
/// strings and arrays, whose release takes one to two seconds of one core. Freed where
/// they go out of scope, that time sits between the last insert and the commit, and
/// again before the user hears the import finished; handed here, it runs on the other
/// core while the database commits. Pass the value with `consume` so this is its last
/// owner; a copy still held elsewhere only moves the freeing back to that holder.
enum BackgroundRelease {
    static func release<T: Sendable>(_ value: consuming T) {
        let owned = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(owned) {} }
    }
}
