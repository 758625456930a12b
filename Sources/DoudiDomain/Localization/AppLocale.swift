/// The languages Doudi speaks. Chinese is the working language of every office;
/// English is the second locale for documentation, support and review.
public enum AppLocale: String, Sendable, CaseIterable, Codable {
    case zhHans = "zh-Hans"
    case en = "en"

    public static let `default` = AppLocale.zhHans
}
