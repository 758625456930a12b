/// The languages Doudi speaks. Chinese is the working language of every office;
/// English is the second locale for documentation, support and review.
/// The raw values are BCP 47 tags, used as such in HTML `lang` and `Content-Language`.
public enum AppLocale: String, Sendable, CaseIterable, Codable {
    case zhHans = "zh-Hans"
    case en = "en"

    public static let `default` = AppLocale.zhHans

    /// The locale of the work in progress: a web request's chosen language, or the
    /// default for the CLI and batch jobs. Rendering reads it, so a page's helpers need
    /// not pass a locale through every call.
    @TaskLocal public static var current: AppLocale = .default
}
