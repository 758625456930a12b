import DoudiSynthetic
import Foundation
import Synchronization

/// Time-ordered UUIDs (the UUIDv7 layout: 48-bit Unix milliseconds, version and variant
/// bits, then a per-process counter and randomness). Rows created together get
/// neighbouring keys, so primary-key index inserts append instead of landing at random
/// B-tree pages — several times faster for million-row imports on SQLite and PostgreSQL.
/// Keys stay opaque: they reveal only the creation time, never personal data.
enum OrderedUUID {
    /// The process-wide generator every new row uses.
    static let shared = OrderedUUIDGenerator()

    static func make(now: Date = Date()) -> UUID { shared.make(now: now) }
}

/// Generator state: the last millisecond used, a counter within it, and a SplitMix64
/// generator (reseeded each millisecond) for the low random bits. The system generator (one `getrandom` call each) is
/// asked only when the millisecond changes: a million-row import makes a million keys.
final class OrderedUUIDGenerator: Sendable {
    private struct State {
        var millis: UInt64 = 0
        var counter: UInt64 = 0
        var bits = SplitMix64(seed: UInt64.random(in: 0...UInt64.max))
    }

    private let state = Mutex(State())

    func make(now: Date = Date()) -> UUID {
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let (stamp, counter, random) = state.withLock { state -> (UInt64, UInt64, UInt64) in
            // Monotonic within the process even if the clock steps back.
            if millis > state.millis {
                state.millis = millis
                state.counter = UInt64.random(in: 0..<(1 << 40))
                state.bits = SplitMix64(seed: UInt64.random(in: 0...UInt64.max))
            } else {
                state.counter &+= 1
            }
            return (state.millis, state.counter, state.bits.next())
        }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &uuid) { bytes in
            for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: stamp >> (40 - 8 * UInt64(i))) }
            // 58 counter bits, big-endian around the version nibble and the variant bits.
            bytes[6] = 0x70 | UInt8(truncatingIfNeeded: (counter >> 54) & 0x0F)
            bytes[7] = UInt8(truncatingIfNeeded: counter >> 46)
            bytes[8] = 0x80 | UInt8(truncatingIfNeeded: (counter >> 40) & 0x3F)
            for i in 9..<14 { bytes[i] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(13 - i))) }
            bytes[14] = UInt8(truncatingIfNeeded: random)
            bytes[15] = UInt8(truncatingIfNeeded: random >> 8)
        }
        return UUID(uuid: uuid)
    }
}
