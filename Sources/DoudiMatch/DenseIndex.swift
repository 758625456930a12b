/// Numbers 128-bit identifiers (a UUID's two halves) densely, 0, 1, 2… in the order first
/// seen: the roll gives each person one row index however many enrollments list them.
///
/// An open-addressing table (linear probing, at most three quarters full) over plain
/// arrays. A `Dictionary` keyed by the identifier hashed every lookup through `Hasher`
/// (SipHash, seeded per call) and rehashed every entry at each doubling: a third of
/// building a province's roll. The identifiers are UUIDs, random in at least one half, so
/// a multiplicative hash of the halves' XOR spreads them.
public struct DenseIndex: Sendable {
    private var high: [UInt64]
    private var low: [UInt64]
    /// Index + 1 per slot; 0 marks an empty slot.
    private var slots: [UInt32]
    private var mask: Int
    /// 64 − log2(slots): the hash is the product's top bits.
    private var shift: UInt64
    public private(set) var count = 0

    /// `capacity`: how many identifiers to hold without growing.
    public init(capacity: Int = 0) {
        var size = 16
        while size * 3 < max(capacity, 1) * 4 { size <<= 1 }
        high = Array(repeating: 0, count: size)
        low = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The identifier's index, numbering it next (`count`) if it is new.
    public mutating func index(high h: UInt64, low l: UInt64) -> (index: UInt32, inserted: Bool) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        var slot = slot(h, l)
        while true {
            let stored = slots[slot]
            if stored == 0 {
                high[slot] = h
                low[slot] = l
                slots[slot] = UInt32(count + 1)
                count += 1
                return (UInt32(count - 1), true)
            }
            if high[slot] == h, low[slot] == l { return (stored - 1, false) }
            slot = (slot + 1) & mask
        }
    }

    /// The identifier's index, if it has one.
    public func index(ofHigh h: UInt64, low l: UInt64) -> UInt32? {
        var slot = slot(h, l)
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if high[slot] == h, low[slot] == l { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    private func slot(_ h: UInt64, _ l: UInt64) -> Int {
        // Fibonacci hashing: the product's top bits depend on every bit of the key.
        Int(truncatingIfNeeded: ((h ^ l) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let (oldHigh, oldLow, oldSlots) = (high, low, slots)
        let size = slots.count * 2
        high = Array(repeating: 0, count: size)
        low = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for old in oldSlots.indices where oldSlots[old] != 0 {
            var slot = slot(oldHigh[old], oldLow[old])
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            (high[slot], low[slot], slots[slot]) = (oldHigh[old], oldLow[old], oldSlots[old])
        }
    }
}
