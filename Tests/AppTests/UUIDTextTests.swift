@testable import App
import Foundation
import Testing

@Suite("UUID text")
struct UUIDTextTests {
    @Test("matches Foundation's uuidString, the form SQLKit stores on SQLite")
    func matchesFoundation() {
        var generator = SystemRandomNumberGenerator()
        var ids = [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                   UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
        for _ in 0..<1_000 { ids.append(UUID()) }
        for _ in 0..<100 { ids.append(OrderedUUID.make(now: Date(timeIntervalSince1970: Double(generator.next() % 4_000_000_000)))) }
        for id in ids { #expect(UUIDText.string(id) == id.uuidString) }
    }

    @Test("parses what it writes, in either case, and refuses anything else")
    func parses() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(UUIDText.parse(UUIDText.string(id)) == id)
            #expect(UUIDText.parse(UUIDText.string(id).lowercased()) == id)
        }
        for bad in ["", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF", "E621E1F8C36C-495A-93FC-0C247A3E6E5F0",
                    "G621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5\u{4E2D}"] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
        }
    }
}
