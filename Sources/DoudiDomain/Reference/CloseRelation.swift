/// How a filed relative is related to a staff member (近亲属 as 宁夏固原 2022 defines it
/// under 57号, policy reference §1.6: spouse; both spouses' parents and siblings; children
/// and their spouses; grandparents on both sides; grandchildren; the siblings of both
/// spouses' parents; adoptive, step and half relations that involve support).
public enum CloseRelation: String, RegistryCode {
    case spouse, parent
    case parentInLaw = "parent_in_law"
    case sibling
    case siblingInLaw = "sibling_in_law"
    case child
    case childInLaw = "child_in_law"
    case grandparent, grandchild
    /// 伯、叔、姑、舅、姨.
    case auntOrUncle = "aunt_or_uncle"
    case other

    public static let labelNamespace = "close_relation"
    public static let importAliases: [String: CloseRelation] = [
        "夫妻": .spouse, "父亲": .parent, "母亲": .parent, "儿子": .child, "女儿": .child, "外祖父母": .grandparent,
        "伯叔姑舅姨": .auntOrUncle,
    ]
}
