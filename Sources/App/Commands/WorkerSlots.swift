import Foundation

/// One result slot per parallel worker (`DispatchQueue.concurrentPerform`), each written by
/// its own worker only, read once all are done: results keep the workers' order.
final class WorkerSlots<Value>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    init(count: Int, empty: Value) { slots = Array(repeating: empty, count: count) }

    func store(_ value: Value, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots } }

    func value(at index: Int) -> Value { lock.withLock { slots[index] } }
}
