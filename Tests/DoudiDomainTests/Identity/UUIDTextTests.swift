import DoudiDomain
import Foundation
import Testing

@Suite("UUID text and order")
struct UUIDTextTests {
    /// Fixed bytes: the two extremes, then a seeded run of ids of every shape.
    static func ids(_ count: Int) -> [UUID] {
        var generator = SplitMix64(seed: 20_261_124)
        var ids = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                   UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
        for _ in 0..<count {
            var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &raw) { bytes in
                for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &generator) }
            }
            ids.append(UUID(uuid: raw))
        }
        return ids
    }

    @Test("matches Foundation's uuidString, the form SQLKit stores on SQLite")
    func matchesFoundation() {
        for id in Self.ids(1_000) { #expect(UUIDText.string(id) == id.uuidString) }
    }

    @Test("parses what it writes, in either case, and refuses anything else")
    func parses() {
        for id in Self.ids(1_000) {
            #expect(UUIDText.parse(UUIDText.string(id)) == id)
            #expect(UUIDText.parse(UUIDText.string(id).lowercased()) == id)
        }
        for bad in ["", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF", "E621E1F8C36C-495A-93FC-0C247A3E6E5F0",
                    "G621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5\u{4E2D}"] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("orders ids as their uuidStrings sort, including ids that share leading bytes")
    func ordersAsText() {
        var ids = Self.ids(300)
        // Neighbours differing only late in the bytes, and equal ids.
        ids += ids.prefix(50).map { id in
            var raw = id.uuid
            raw.15 &+= 1
            return UUID(uuid: raw)
        }
        ids += ids.prefix(10)
        for a in ids {
            for b in ids.prefix(60) {
                #expect(a.precedes(b) == (a.uuidString < b.uuidString), "\(a) \(b)")
            }
        }
    }
}
