import Vapor
import Foundation

/// Content hashes identify import files in the batch record (the same file twice is visible).
enum SHA256Hex {
    static func of(_ data: Data) -> String {
        Hex.lowercase(SHA256.hash(data: data))
    }
}
