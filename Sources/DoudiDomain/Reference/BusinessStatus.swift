/// A business registration's state: only a business still in existence is evidence of income.
public enum BusinessStatus: String, RegistryCode {
    case active, cancelled, revoked
    /// 迁出: moved to another registry, still in existence there.
    case movedOut = "moved_out"

    public static let labelNamespace = "business_status"
    public static let importAliases: [String: BusinessStatus] = ["在业": .active, "开业": .active, "已注销": .cancelled, "已吊销": .revoked]
}
