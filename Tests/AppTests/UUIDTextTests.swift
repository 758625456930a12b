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
}
