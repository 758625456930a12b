import DoudiDomain
import Vapor

extension RegionTree {
    static func query(_ req: Request, code: RegionCode?) async throws -> Model {
        let registry = try req.registry
        let scope = registry.caller.scope
        let target = code ?? scope
        let store = RegionStore(sql: req.sql)
        guard registry.caller.mayAccess(target), let region = try await store.region(target) else { throw RegistryError.notFound }
        var trailCodes: [String] = []
        var current = target.parent
        while let code = current, scope.contains(code) { trailCodes.insert(code.value, at: 0); current = code.parent }
        let found = try await store.regions(trailCodes)
        let counts = try await registry.householdCountsByRegion()
        let children = try await store.children(of: target)
        var nodes: [Node] = []
        for child in children {
            let bounds = child.code.scopeBounds
            let households = counts.reduce(0) { $0 + ((bounds.lower...bounds.upper).contains($1.key) ? $1.value : 0) }
            nodes.append(Node(code: child.code.value, name: child.name, households: households,
                              hasChildren: child.code.level != .village))
        }
        let bounds = target.scopeBounds
        return Model(login: req.login!, region: region, trail: trailCodes.compactMap { found[$0] },
                     households: counts.reduce(0) { $0 + ((bounds.lower...bounds.upper).contains($1.key) ? $1.value : 0) },
                     children: nodes)
    }
}
