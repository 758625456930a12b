import DoudiDomain
import Foundation
import Vapor

/// The audit log's HMAC key. It lives outside the database (a file readable only by the
/// service account), so someone who can write the database still cannot re-seal an
/// edited log or move its anchor. Losing the file makes the log unverifiable, so it
/// belongs in the same backup as the database, kept apart from it.
enum AuditKeySource: Sendable, Equatable {
    /// A file holding 32 random bytes; created (mode 0600) on first use. A key created
    /// for a log that already has entries cannot extend it: `AuditLog.append` refuses.
    case file(path: String)
    /// A fixed key, for tests.
    case fixed([UInt8])

    func load() throws -> SymmetricKey {
        switch self {
        case let .fixed(bytes):
            return SymmetricKey(data: bytes)
        case let .file(path):
            let manager = FileManager.default
            if !manager.fileExists(atPath: path) {
                var generator = SystemRandomNumberGenerator()
                let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
                guard manager.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                    throw ConfigurationError(message: L("config.error.audit_key_create", ["path": path]))
                }
            }
            guard let data = manager.contents(atPath: path), data.count >= 32 else {
                throw ConfigurationError(message: L("config.error.audit_key_read", ["path": path]))
            }
            return SymmetricKey(data: data)
        }
    }
}

/// The loaded key, stored on the application at start-up.
struct AuditKeyStorage: StorageKey {
    typealias Value = SymmetricKey
}

extension Application {
    var auditKey: SymmetricKey {
        guard let key = storage[AuditKeyStorage.self] else { fatalError("configure(_:) loads the audit key") }
        return key
    }
}
