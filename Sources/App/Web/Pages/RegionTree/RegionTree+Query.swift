import DoudiDomain
import Vapor

extension RegionTree {
    static func query(_ req: Request, code: RegionCode?) async throws -> Model {
        let registry = try req.registry
        let scope = registry.caller.scope
        let target = code ?? scope
        let store = RegionStore(sql: req.sql)
        guard registry.caller.mayAccess(target), let region = try await store.region(target) else { throw RegistryError.notFound }
        let trailCodes = target.ancestors.filter { scope.contains($0) }.map(\.value)
        let found = try await store.regions(trailCodes)
        // Each count goes to the child of `target` it lies in: one pass over the counts.
        var perChild: [String: Int] = [:]
        var total = 0
        for (text, households) in try await registry.householdCountsByRegion(within: target) {
            total += households
            guard let counted = RegionCode(text),
                  let child = ([counted] + counted.ancestors).first(where: { $0.parent == target }) else { continue }
            perChild[child.value, default: 0] += households
        }
        let children = try await store.children(of: target).map { child in
            Node(code: child.code.value, name: child.name, households: perChild[child.code.value] ?? 0,
                 hasChildren: child.code.level != .village)
        }
        return Model(login: req.login!, region: region, trail: trailCodes.compactMap { found[$0] }, households: total,
                     children: children)
    }
}
