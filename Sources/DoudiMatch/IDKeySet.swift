/// A sorted set of packed 64-bit ID keys (see `CitizenID.packedKey`), the column form
/// the matching engine works on: 8 bytes per person, binary-searchable, no objects.
public struct IDKeySet: Sendable {
    public private(set) var keys: [UInt64]

    /// Sorts and de-duplicates the keys.
    public init(_ keys: [UInt64]) {
        var sorted = keys
        sorted.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(sorted.count)
        for key in sorted where unique.last != key { unique.append(key) }
        self.keys = unique
    }

    public var count: Int { keys.count }

    public func contains(_ key: UInt64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// Keys present in both sets, by a linear merge of the two sorted columns.
    public func intersection(_ other: IDKeySet) -> [UInt64] {
        var result: [UInt64] = []
        var i = 0
        var j = 0
        while i < keys.count, j < other.keys.count {
            let a = keys[i]
            let b = other.keys[j]
            if a == b {
                result.append(a)
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
