import DoudiDomain
import Foundation
import SQLKit

extension CrossCheckRunner {
    /// The batches named, each within the caller's area; or, for each kind the rules need,
    /// the latest batch of every (source department, importing region) whose region covers
    /// the run's (even beyond the caller's area) or lies within it: 公安's deaths and 殡葬's cremations are both used, and
    /// every county's roll, but a batch of another part of the province is not.
    func chosenBatches(_ request: Request, sql: any SQLDatabase) async throws -> [ReferenceBatch] {
        let store = ReferenceBatchStore(sql: sql)
        if !request.batchIDs.isEmpty {
            var named: [ReferenceBatch] = []
            for id in request.batchIDs {
                guard let batch = try await store.batch(id, within: request.caller.scope) else {
                    throw UserFacingError(.notFound, "crosscheck.error.batch", ["batch": UUIDText.string(id)])
                }
                named.append(batch)
            }
            return named
        }
        var chosen: [ReferenceBatch] = []
        var kinds = Set(request.rules.compactMap { $0.identity?.referenceKind })
        if request.rules.contains(.household(.missedCoverage)) { kinds.insert(.povertyMonitoring) }
        for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
            var seen: Set<[String]> = []
            // Newest first, so the first batch of each source and region is its latest. A
            // batch imported for a wider area (the province's, by its administrator) serves
            // every county's run: the run matches it against its own roll only.
            let province = RegionCode(prefix: String(request.region.value.prefix(2))) ?? request.caller.scope
            for batch in try await store.batches(within: province, kind: kind, limit: 10_000) {
                guard let region = RegionCode(batch.region), region.contains(request.region) || request.region.contains(region),
                      seen.insert([batch.sourceDepartment, batch.region]).inserted else { continue }
                chosen.append(batch)
            }
        }
        return chosen
    }
}
