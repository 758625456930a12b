import DoudiDomain
import Vapor

extension PolicyPage {
    /// `region` and `date` as the form or the API gives them; blank means the caller's own
    /// area and today. A malformed value is reported and the defaults are shown.
    static func query(_ req: Request, _ input: Input) async throws -> Model {
        let text = input.region, dateText = input.date
        let caller = try req.caller
        var message: String?
        var region = caller.scope
        if let text = text?.trimmed.nonEmpty {
            if let code = RegionCode(prefix: text) { region = code } else { message = L("evaluate.error.region", ["value": text]) }
        }
        var date = CivilDate.today()
        if let text = dateText?.trimmed.nonEmpty {
            if let parsed = CivilDate(iso: text) { date = parsed } else { message = L("cli.error.date", ["value": text]) }
        }
        let book = req.application.policyBook
        let rows = PolicyCatalog.definitions.map { definition in
            Row(key: definition.key, label: label(definition.key),
                current: book.value(definition.key, region: region, on: date).map(entry),
                history: book.history(definition.key, region: region).map(entry))
        }
        let compliance = compliance(input) { try? DibaoParameters(book: book, region: region, on: date) }
        return Model(login: req.login!, region: region, regionPath: try await RegionStore(sql: req.sql).path(to: region),
                     date: date, rows: rows, compliance: compliance.rows, input: input, message: message ?? compliance.message)
    }

    static func label(_ key: String) -> String {
        L("policy.key.\(key)", orElse: key)
    }

    private static func entry(_ resolved: ResolvedValue) -> Entry {
        Entry(value: ParameterText.describe(resolved.dated.value), from: resolved.dated.from, source: resolved.dated.source,
              setBy: resolved.regionName)
    }
}
