@testable import App
import Foundation
import Testing

@Suite("OrderedUUID")
struct OrderedUUIDTests {
    /// The byte order of a UUID as databases compare it.
    func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }

    @Test("ids made in sequence sort in creation order, carry version 7 and the RFC variant, and are unique")
    func ordered() {
        let generator = OrderedUUIDGenerator()
        let start = Date(timeIntervalSince1970: 1_795_400_000)
        var ids: [UUID] = []
        for step in 0..<5_000 {
            ids.append(generator.make(now: start.addingTimeInterval(Double(step / 1_000))))
        }
        // The leading 48 bits are the millisecond timestamp.
        #expect(bytes(ids[0]).prefix(6) == [0x01, 0xA2, 0x06, 0x2D, 0xE2, 0x00])
        #expect(Set(ids).count == ids.count)
        #expect(ids.map(bytes) == ids.map(bytes).sorted { $0.lexicographicallyPrecedes($1) })
        for id in ids.prefix(10) {
            #expect(bytes(id)[6] >> 4 == 7)
            #expect(bytes(id)[8] >> 6 == 0b10)
        }
    }

    @Test("a clock that steps back never produces a smaller id")
    func monotonic() {
        let generator = OrderedUUIDGenerator()
        let later = generator.make(now: Date(timeIntervalSince1970: 2_000_000_000))
        let earlier = generator.make(now: Date(timeIntervalSince1970: 1_000_000_000))
        #expect(bytes(later).lexicographicallyPrecedes(bytes(earlier)))
    }
}
