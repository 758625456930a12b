/// Review class deciding the review cadence (57号: yearly for stable households, half-yearly for irregular income; local ABC schemes are stricter).
public enum ReviewClass: String, RegistryCode {
    case a = "A"
    case b = "B"
    case c = "C"

    public static let labelNamespace = "review_class"
    public static let importAliases: [String: ReviewClass] = [
        "a": .a,
        "b": .b,
        "c": .c,
        "A类": .a,
        "B类": .b,
        "C类": .c,
    ]
}
