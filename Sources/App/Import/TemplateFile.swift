import DoudiSheets
import Foundation

/// Reads an import file against its template: maps the header (unknown, duplicate and
/// missing columns are issues), then parses every data row with a `RowReader`,
/// collecting each row's issues. One loop for every import kind, so they all report
/// problems the same way. A file that cannot be read, or lacks a required column, is
/// `unreadable`: no row was checked and the import must stop.
///
/// Rows are parsed in chunks spread over the machine's cores (reading the file is
/// sequential and cheap; validating a row's cells is not). Results and issues keep
/// file order, so the outcome is the same as a sequential pass.
struct TemplateFile {
    /// Rows handed to one worker at a time.
    static let chunkSize = 16_384

    private(set) var issues: [ImportIssue] = []
    private(set) var unreadable = false

    /// Parses every row with `parse` (nil: the row yields nothing; its issues stay).
    /// `parse` runs on other threads, in batches of `chunkSize` rows per core.
    /// `progress` hears the number of rows read so far, after each chunk.
    static func read<Row: Sendable>(_ request: ImportRequest, template: [ImportColumn], chunkSize: Int = chunkSize,
                                    progress: ((Int) -> Void)? = nil,
                                    parse: @escaping @Sendable (inout RowReader) -> Row?) throws -> (file: TemplateFile, rows: [Row]) {
        var file = TemplateFile()
        var rows: [Row] = []
        var map = ColumnMap()
        var pending: [RawRow] = []
        var read = 0
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        pending.reserveCapacity(chunkSize * workers)

        // One batch parses in the background while the next is read, so reading the file
        // (sequential) overlaps with parsing (parallel).
        var inFlight: (group: DispatchGroup, result: Slots<[ParsedParts<Row>.Part]>, count: Int)?

        func collect() {
            guard let batch = inFlight else { return }
            batch.group.wait()
            inFlight = nil
            read += batch.count
            progress?(read)
            for part in batch.result.take()[0] {
                rows += part.rows
                file.issues += part.issues
            }
        }

        func flush() {
            collect()
            guard !pending.isEmpty else { return }
            let (batch, columns, group) = (pending, map, DispatchGroup())
            let result = Slots<[ParsedParts<Row>.Part]>(count: 1, empty: [])
            DispatchQueue.global().async(group: group) {
                result.store(ParsedParts<Row>(batch, map: columns, workers: workers, parse: parse).results, at: 0)
            }
            inFlight = (group, result, batch.count)
            pending.removeAll(keepingCapacity: true)
        }

        do {
            try TabularInput(data: request.data, fileName: request.fileName).read(header: { names in
                let (built, headerIssues) = ColumnMap.build(header: names, template: template)
                map = built
                file.issues += headerIssues
                file.unreadable = headerIssues.contains { $0.reasonKey == "import.error.header.missing" }
            }, row: { line, cells in
                guard !file.unreadable else { return }
                pending.append(RawRow(line: line, cells: cells))
                if pending.count == chunkSize * workers { flush() }
            })
            flush()
            collect()
        } catch let error as TabularInputError {
            collect()
            file.issues.append(error.issue)
            file.unreadable = true
        }
        return (file, file.unreadable ? [] : rows)
    }
}

/// One data row as read, before parsing.
struct RawRow: Sendable {
    let line: Int
    let cells: [SheetCell]
}

/// Parses a batch of raw rows on several threads, one contiguous part per worker.
/// Each worker writes only its own slot of a buffer allocated for the purpose (an
/// array would see the writes as overlapping accesses), so the results need no lock.
private struct ParsedParts<Row: Sendable> {
    typealias Part = (rows: [Row], issues: [ImportIssue])
    let results: [Part]

    init(_ raw: [RawRow], map: ColumnMap, workers: Int, parse: @Sendable (inout RowReader) -> Row?) {
        let parts = min(workers, raw.count)
        let size = (raw.count + parts - 1) / parts
        let slots = Slots<Part>(count: parts, empty: ([], []))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var rows: [Row] = []
            var issues: [ImportIssue] = []
            rows.reserveCapacity(size)
            for item in raw[(part * size)..<min(raw.count, (part + 1) * size)] {
                var reader = RowReader(line: item.line, cells: item.cells, map: map)
                if let row = parse(&reader) { rows.append(row) }
                issues += reader.issues
            }
            slots.store((rows, issues), at: part)
        }
        results = slots.take()
    }
}

/// Fixed slots that concurrent workers fill, each its own index; read with `take()` once
/// the workers are known to be done (after `concurrentPerform` returns or a group wait).
private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value>
    private let count: Int

    init(count: Int, empty: Value) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: empty, count: count)
    }

    func store(_ value: Value, at index: Int) {
        precondition(index >= 0 && index < count)
        base[index] = value
    }

    /// The values, once every worker has finished.
    func take() -> [Value] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
