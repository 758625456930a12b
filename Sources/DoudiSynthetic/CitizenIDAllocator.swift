import DoudiDomain

/// Hands out identity numbers that are unique without remembering them.
///
/// Every (address code, birth date, sex) cell has 500 sequence numbers. A keyed hash splits them
/// into two invisible halves: the roll (household members and staff) uses one half and the
/// reference datasets' outsiders the other, so an outsider can never collide with a roll member by
/// accident and every reference "hit" on the roll is deliberate and counted. Within one allocator,
/// a per-cell cursor makes each number unique; memory is one small table per address code used
/// (about 190 KB each), whatever the number of people.
///
/// A class because one allocator is handed from county to county and builder to builder (a struct
/// would copy its tables on the next write), and its tables are raw memory because this is the
/// innermost loop of a 20-million-row run.
final class CitizenIDAllocator {
    enum Side: UInt64, Sendable {
        case roll = 0
        case outsiders = 1
    }

    private let side: Side
    private let salt: UInt64
    private let firstDay: Int
    private let dayCount: Int
    /// Per address-code index (into `ShandongCatalog.counties`): next cursor per (day, sex) cell.
    private var cursors: [UnsafeMutablePointer<UInt16>?]
    private let addresses: [Int]

    /// Birth dates from 1900-01-01 through `lastDay` can be allocated.
    init(side: Side, seed: UInt64, lastDay: CivilDate) {
        self.side = side
        salt = SplitMix64.mix(seed ^ 0x1D5A_17E5)
        firstDay = CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        dayCount = lastDay.daysSinceEpoch - firstDay + 1
        addresses = ShandongCatalog.counties.map(\.code)
        cursors = Array(repeating: nil, count: addresses.count)
    }

    deinit {
        for table in cursors { table?.deallocate() }
    }

    private func table(_ countyIndex: Int) -> UnsafeMutablePointer<UInt16> {
        if let table = cursors[countyIndex] { return table }
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: dayCount * 2)
        table.initialize(repeating: 0, count: dayCount * 2)
        cursors[countyIndex] = table
        return table
    }

    /// A fresh number for someone born on `birth` (moved to a later day if that cell is full).
    func allocate(countyIndex: Int, birth: CivilDate, male: Bool) -> (id: String, birth: CivilDate) {
        let cursors = table(countyIndex)
        let address = addresses[countyIndex]
        let parity = male ? 1 : 0
        var day = min(max(birth.daysSinceEpoch, firstDay), firstDay + dayCount - 1)
        while true {
            let cell = (day - firstDay) * 2 + parity
            // Start each cell at a scattered offset so sequences do not all begin at 000/001.
            let start = Int(SplitMix64.mix(salt ^ UInt64(address << 20) ^ UInt64(bitPattern: Int64(day))) % 150)
            var slot = start + Int(cursors[cell])
            while slot < 500 {
                let sequence = slot * 2 + parity
                slot += 1
                if owner(address: address, day: day, sequence: sequence) == side.rawValue {
                    cursors[cell] = UInt16(slot - start)
                    let date = day == birth.daysSinceEpoch ? birth : CivilDate(daysSinceEpoch: day)
                    return (CitizenIDFactory.make(address: address, birth: date, sequence: sequence), date)
                }
            }
            cursors[cell] = UInt16(slot - start)
            // Cell exhausted: the next day (wrapping to the first) still gives a plausible birth date.
            day = day + 1 < firstDay + dayCount ? day + 1 : firstDay
        }
    }

    /// Which side owns a sequence number: a keyed hash bit, so neither half has a visible pattern.
    @inline(__always)
    private func owner(address: Int, day: Int, sequence: Int) -> UInt64 {
        SplitMix64.mix(salt ^ UInt64(address) &* 0x9E37_79B9 ^ UInt64(bitPattern: Int64(day)) << 24 ^ UInt64(sequence) << 44) >> 63
    }
}
