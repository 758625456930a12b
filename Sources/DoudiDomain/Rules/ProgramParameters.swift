/// Every program's parameters for one region on one date, resolved once for a batch.
public struct ProgramParameters: Sendable {
    public private(set) var dibao: DibaoParameters
    public private(set) var tekun: TekunParameters
    public let subsidies: DisabilitySubsidyParameters

    public init(book: PolicyBook, region: RegionCode, on date: CivilDate) throws(PolicyError) {
        dibao = try DibaoParameters(book: book, region: region, on: date)
        tekun = try TekunParameters(book: book, region: region, on: date)
        subsidies = try DisabilitySubsidyParameters(book: book, region: region, on: date)
    }

    /// The same values for another region whose policy chain is the same
    /// (`PolicyBook.policyKey(for:)`): every value is read through the chain, so only the
    /// region they are stamped with differs.
    public func stamped(_ region: RegionCode) -> ProgramParameters {
        var copy = self
        copy.dibao.region = region
        copy.tekun.region = region
        return copy
    }
}
