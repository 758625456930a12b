/// Every program's parameters for one region on one date, resolved once for a batch.
public struct ProgramParameters: Sendable {
    public let dibao: DibaoParameters
    public let tekun: TekunParameters
    public let subsidies: DisabilitySubsidyParameters

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        dibao = try DibaoParameters(book: book, region: region, on: date)
        tekun = try TekunParameters(book: book, region: region, on: date)
        subsidies = try DisabilitySubsidyParameters(book: book, region: region, on: date)
    }
}
