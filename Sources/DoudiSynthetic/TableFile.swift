import DoudiSheets
import Foundation

/// One output CSV: a `CSVWriter` plus a row count for the summary.
///
/// A class so that the generator can keep ten of them in ordinary collections and pass them
/// around (the writer itself is non-copyable). Not shared across threads: each reference file is
/// written by one worker that owns its own `TableFile`.
final class TableFile {
    let name: String
    private(set) var rows = 0
    // Unchecked exclusivity: every access is a short synchronous call from the owning thread, and
    // the dynamic check would otherwise run once per field on tens of millions of fields.
    @exclusivity(unchecked) private var writer: CSVWriter?

    init(directory: URL, name: String, header: [String]) throws {
        self.name = name
        writer = try CSVWriter(url: directory.appendingPathComponent(name), bufferSize: 8 << 20)
        for column in header { writer!.writeField(column) }
        try writer!.endRow()
    }

    @inline(__always)
    func field(_ text: some StringProtocol) {
        writer!.writeField(text)
    }

    /// An empty (not recorded) cell.
    @inline(__always)
    func empty() {
        writer!.writeField("")
    }

    @inline(__always)
    func optional(_ text: String?) {
        writer!.writeField(text ?? "")
    }

    func endRow() throws {
        try writer!.endRow()
        rows += 1
    }

    func close() throws {
        try writer.take()?.close()
    }
}
