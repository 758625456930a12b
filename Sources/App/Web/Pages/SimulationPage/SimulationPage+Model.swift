import DoudiDomain
import Vapor

/// "Raise region R's standard to X from date D": the form, the standards in force there on
/// that day, and once asked, the result by township with a chart and the households that
/// change. The figures are the rules' own, over the caller's area only.
enum SimulationPage {
    /// The form's fields. None is personal data, so a query string carries them.
    struct Input: Content {
        var region: String?
        var urban: String?
        var rural: String?
        var from: String?

        static func from(_ req: Request) -> Input {
            (try? req.query.decode(Input.self)) ?? Input()
        }

        /// The form was submitted (a standard given), not merely opened.
        var asked: Bool { urban?.trimmed.nonEmpty != nil || rural?.trimmed.nonEmpty != nil }
    }

    struct Model: Sendable {
        let login: LoginContext
        let input: Input
        /// The region and date the form shows, with the standards in force there then.
        let region: RegionCode
        let regionName: String
        let from: CivilDate
        let currentUrban: Money?
        let currentRural: Money?
        let output: StandardSimulationRunner.Output?
        let message: String?
    }

    /// The household rows the page lists; the CLI's `--households` lists them all.
    static let rowLimit = 500
}
