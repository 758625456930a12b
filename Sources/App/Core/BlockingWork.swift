import Foundation

/// Runs CPU-bound work that blocks its thread (reading an import file waits on its own
/// parsing workers) on a GCD thread. Swift's concurrency pool has one thread per core
/// and also serves every web request; a file read on it would stall the pages while an
/// upload is checked.
enum BlockingWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
