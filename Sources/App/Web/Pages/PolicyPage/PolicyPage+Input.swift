import Vapor

extension PolicyPage {
    /// The page's form and the API's query: region, date and, for the standard-compliance
    /// check, last year's per-capita consumption expenditure (yuan a year), urban and rural.
    /// None of it is personal data, so a query string is the right place for it.
    struct Input: Content {
        var region: String?
        var date: String?
        var urbanConsumption: String?
        var ruralConsumption: String?

        enum CodingKeys: String, CodingKey {
            case region, date
            case urbanConsumption = "urban_consumption"
            case ruralConsumption = "rural_consumption"
        }

        static func from(_ req: Request) -> Input {
            (try? req.query.decode(Input.self)) ?? Input()
        }
    }
}
