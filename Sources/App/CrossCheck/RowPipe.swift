import Foundation

/// Hands rows from the thread that reads them to one that builds from them, a chunk at a
/// time, so that the database's stepping and the Swift work on each row run on two cores
/// instead of taking turns on one.
///
/// A bounded pipe makes the sender wait while `maxQueued` chunks are unread (SQLite's
/// reader runs on a thread pool thread, which may block); an unbounded one never blocks
/// the sender (PostgreSQL's rows arrive on an event loop, which must not).
final class RowPipe<Row: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queued: [[Row]] = []
    private var closed = false
    /// Sender only: the chunk being filled.
    private var filling: [Row] = []
    private let chunkSize: Int
    private let maxQueued: Int?

    init(chunkSize: Int = 4_096, maxQueued: Int? = 16) {
        self.chunkSize = chunkSize
        self.maxQueued = maxQueued
        filling.reserveCapacity(chunkSize)
    }

    /// Sender: one row.
    func send(_ row: Row) {
        filling.append(row)
        guard filling.count == chunkSize else { return }
        enqueue(filling)
        filling = []
        filling.reserveCapacity(chunkSize)
    }

    /// Sender: no more rows (also after a failure, so the receiver stops).
    func close() {
        if !filling.isEmpty { enqueue(filling) }
        filling = []
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// Receiver: every row sent, in order, until the pipe is closed.
    func receive(_ body: (Row) throws -> Void) rethrows {
        while let chunk = next() {
            for row in chunk { try body(row) }
        }
    }

    private func enqueue(_ chunk: [Row]) {
        condition.withLock {
            if let maxQueued {
                while queued.count >= maxQueued, !closed { condition.wait() }
            }
            queued.append(chunk)
            condition.broadcast()
        }
    }

    private func next() -> [Row]? {
        condition.withLock {
            while queued.isEmpty, !closed { condition.wait() }
            guard !queued.isEmpty else { return nil }
            defer { condition.broadcast() }
            return queued.removeFirst()
        }
    }
}
