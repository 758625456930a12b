/// Runs an `IN (…)` lookup over many keys in chunks that stay below every engine's
/// bind-parameter limit, concatenating the results.
func chunkedLookup<Key: Sendable, Result>(
    _ keys: [Key], chunkSize: Int = 5_000, _ query: ([Key]) async throws -> [Result]
) async throws -> [Result] {
    var results: [Result] = []
    var start = 0
    while start < keys.count {
        let end = min(start + chunkSize, keys.count)
        results += try await query(Array(keys[start..<end]))
        start = end
    }
    return results
}
