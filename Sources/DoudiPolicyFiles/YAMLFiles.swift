import Foundation

/// The `.yaml` / `.yml` files under a directory, in path order (so loads and errors are
/// reported in the same order on every machine).
enum YAMLFiles {
    static func list(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.path < $1.path }
    }
}
