import DoudiDomain

/// The region tree, one level at a time: a region within the caller's area, the path
/// to it, and its children with the number of registered households under each.
enum RegionTree {
    struct Node: Sendable {
        let code: String
        let name: String
        let households: Int
        let hasChildren: Bool
    }

    struct Model: Sendable {
        let login: LoginContext
        let region: Region
        /// Ancestors from the caller's scope down to (excluding) `region`.
        let trail: [Region]
        let households: Int
        let children: [Node]
    }
}
