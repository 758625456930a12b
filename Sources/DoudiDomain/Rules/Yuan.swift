/// An amount written in yuan in JSON Lines input and YAML test cases ("924.50" or 924):
/// text, so that no decimal ever passes through floating point. Encodes as text.
public struct Yuan: Hashable, Sendable, Codable, CustomStringConvertible {
    public var money: Money

    public init(_ money: Money) {
        self.money = money
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let money = Money(yuanText: text.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: L("evaluate.error.yuan", ["value": text]))
            }
            self.money = money
        } else if let whole = try? container.decode(Int64.self) {
            money = Money(yuan: whole)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: L("evaluate.error.yuan", ["value": "?"]))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(money.yuanText)
    }

    public var description: String { money.yuanText }
}
