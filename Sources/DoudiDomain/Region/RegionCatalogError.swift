/// Why a region catalogue CSV was rejected; `line` is 1-based in the input.
public struct RegionCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The file is empty or its first line is not `code,name,urban_rural,valid_from,valid_to`.
        case badHeader
        /// A row does not have exactly five fields; carries the count found.
        case fieldCount(Int)
        /// The code is not 12 ASCII digits.
        case badCode
        /// The code has a non-zero part under a zero part (see `RegionCode`).
        case inconsistentCode
        case emptyName
        case invalidUTF8
        /// A quoted field is not closed, or text follows its closing quote.
        case badQuoting
        /// `urban_rural` is neither empty nor one of the seven 城乡分类代码.
        case badUrbanRural
        /// A date is neither empty nor a real YYYY-MM-DD date.
        case badDate
        case validToBeforeValidFrom
        /// The code appeared on an earlier line.
        case duplicateCode
    }

    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let text = switch reason {
        case .badHeader: "the header must be code,name,urban_rural,valid_from,valid_to"
        case let .fieldCount(count): "expected 5 fields, found \(count)"
        case .badCode: "the code is not 12 digits"
        case .inconsistentCode: "the code has a non-zero part under a zero part"
        case .emptyName: "the name is empty"
        case .invalidUTF8: "the name is not valid UTF-8"
        case .badQuoting: "a quoted field is malformed"
        case .badUrbanRural: "urban_rural is not one of 111, 112, 121, 122, 123, 210, 220"
        case .badDate: "a date is not YYYY-MM-DD"
        case .validToBeforeValidFrom: "valid_to is before valid_from"
        case .duplicateCode: "the code appears twice"
        }
        return "region CSV line \(line): \(text)"
    }
}
