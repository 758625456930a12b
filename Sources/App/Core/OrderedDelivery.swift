import Foundation

/// Hands parts finished by parallel workers on in their order: part `i` is delivered once
/// parts `0..<i` have been, whichever worker finished first. Lets a run store the first parts'
/// findings while later parts are still being judged, in the same order every time.
final class OrderedDelivery<Part: Sendable>: @unchecked Sendable {
    private let deliver: @Sendable (Part) -> Void
    private var next = 0
    private var pending: [Int: Part] = [:]
    private let lock = NSLock()

    init(_ deliver: @escaping @Sendable (Part) -> Void) {
        self.deliver = deliver
    }

    /// Delivery happens under the lock, so parts reach `deliver` one at a time and in order.
    func finished(_ part: Part, at index: Int) {
        lock.withLock {
            pending[index] = part
            while let ready = pending.removeValue(forKey: next) {
                deliver(ready)
                next += 1
            }
        }
    }
}
