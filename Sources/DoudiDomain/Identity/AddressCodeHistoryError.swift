/// A malformed row in an address-code CSV: the code is not exactly six digits.
public struct AddressCodeHistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number in the input.
    public let line: Int

    public init(line: Int) {
        self.line = line
    }

    public var description: String { "address-code CSV line \(line): the code is not six digits" }
}
