import DoudiDomain
import DoudiPolicyFiles
import Foundation

/// The policy tree the repository ships (policy/), which `doudi demo` settles the demo county against.
enum ShippedPolicy {
    static let book: PolicyBook = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        do { return try PolicyDirectory.load(root.appendingPathComponent("policy")) } catch { fatalError("\(error)") }
    }()
}
