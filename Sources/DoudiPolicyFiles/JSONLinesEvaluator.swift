import DoudiDomain
import Foundation

/// `doudi evaluate`'s core: one household per input line (docs/evaluate.md), one decision
/// per output line, in the same order. A line that cannot be read or evaluated yields an
/// error object naming the line, and the other lines are still evaluated.
public struct JSONLinesEvaluator {
    public let book: PolicyBook
    public let date: CivilDate
    public let explain: Bool
    private var cache: [String: DibaoParameters] = [:]

    public init(book: PolicyBook, date: CivilDate, explain: Bool) {
        self.book = book
        self.date = date
        self.explain = explain
    }

    /// The output line for input line `number` (1-based), and whether it was an error.
    public mutating func evaluate(line text: Substring, number: Int) -> (output: String, failed: Bool) {
        do {
            let data = Data(text.utf8)
            let household = try JSONDecoder().decode(HouseholdSituation.self, from: data)
            // A misspelt field would otherwise be dropped and the household judged without it.
            let unknown = try UnknownFields.inJSON(data, decoded: household)
            if !unknown.isEmpty {
                return failure(number, L("evaluate.error.unknown_fields", ["fields": unknown.map(\.path).joined(separator: "、")]))
            }
            guard let region = RegionCode(prefix: household.region) else {
                return failure(number, L("evaluate.error.region", ["value": household.region]))
            }
            let parameters: DibaoParameters
            if let cached = cache[region.value] {
                parameters = cached
            } else {
                parameters = try DibaoParameters(book: book, region: region, on: date)
                cache[region.value] = parameters
            }
            let decision = DibaoEvaluator.evaluate(household, on: date, parameters: parameters, explain: explain)
            return (String(decoding: try Self.encoder.encode(decision), as: UTF8.self), false)
        } catch let error as DecodingError {
            return failure(number, L("evaluate.error.line", ["detail": Self.describe(error)]))
        } catch {
            return failure(number, String(describing: error))
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The error line's shape: `{"error": "…", "line": 3}`.
    private struct Failure: Encodable {
        let line: Int
        let error: String
    }

    private func failure(_ number: Int, _ message: String) -> (output: String, failed: Bool) {
        let data = (try? Self.encoder.encode(Failure(line: number, error: message))) ?? Data()
        return (String(decoding: data, as: UTF8.self), true)
    }

    /// The field path and what was wrong, without Swift's type names.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context): return L("evaluate.error.missing", ["field": (path(context).isEmpty ? "" : path(context) + ".") + key.stringValue])
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return L("evaluate.error.value", ["field": path(context)])
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? L("evaluate.error.json") : L("evaluate.error.value", ["field": path(context)]) + " " + context.debugDescription
        @unknown default: return L("evaluate.error.json")
        }
    }
}
