import Vapor
import Foundation

/// Content hashes identify import files in the batch record (the same file twice is visible).
enum SHA256Hex {
    static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
