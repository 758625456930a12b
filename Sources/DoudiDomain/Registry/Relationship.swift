/// 与户主关系, as recorded on the household register.
public enum Relationship: String, RegistryCode {
    case head = "head"
    case spouse = "spouse"
    case child = "child"
    case daughterInLaw = "daughter_in_law"
    case sonInLaw = "son_in_law"
    case parent = "parent"
    case wifesParent = "wifes_parent"
    case husbandsParent = "husbands_parent"
    case grandchild = "grandchild"
    case daughtersChild = "daughters_child"
    case sibling = "sibling"
    case grandparent = "grandparent"
    case maternalGrandparent = "maternal_grandparent"
    case other = "other"

    public static let labelNamespace = "relationship"
    public static let importAliases: [String: Relationship] = [
        "本人": .head,
        "妻": .spouse,
        "夫": .spouse,
        "妻子": .spouse,
        "丈夫": .spouse,
        "子": .child,
        "女": .child,
        "儿子": .child,
        "女儿": .child,
        "父亲": .parent,
        "母亲": .parent,
        "孙子": .grandchild,
        "孙女": .grandchild,
    ]
}
