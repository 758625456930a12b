/// Lets one import at a time into the database within this process. SQLite allows a
/// single writer, and a second import's transaction would otherwise fail with "database
/// is locked" instead of waiting its turn. (PostgreSQL imports wait on an advisory lock.)
actor ImportGate {
    static let shared = ImportGate()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
