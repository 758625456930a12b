/// Outcome of one monthly payment as the bank or 一本通 reported it.
public enum PaymentStatus: String, RegistryCode {
    case paid = "paid"
    case failed = "failed"
    case returned = "returned"
    case suspended = "suspended"

    public static let labelNamespace = "payment_status"
    public static let importAliases: [String: PaymentStatus] = [
        "成功": .paid,
        "失败": .failed,
        "退回": .returned,
    ]
}
