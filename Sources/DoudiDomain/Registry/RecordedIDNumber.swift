import Foundation

/// An ID number exactly as the registry holds it, with its validation verdict.
///
/// Legacy rolls contain wrong numbers; they must be storable and flagged rather
/// than rejected, because finding them is a campaign goal (信息入库准确率).
public struct RecordedIDNumber: Hashable, Sendable, Codable {
    /// The number as recorded: trimmed, upper-case X, upgraded to 18 digits when valid.
    public let value: String
    public let status: IDNumberStatus
    /// The packed 64-bit key of a valid number, used for fast matching.
    public let packedKey: UInt64?
    public let unverifiedRegion: Bool

    public init(value: String, status: IDNumberStatus, packedKey: UInt64?, unverifiedRegion: Bool) {
        self.value = value
        self.status = status
        self.packedKey = packedKey
        self.unverifiedRegion = unverifiedRegion
    }

    /// Validates `raw` as of `today` and records the verdict.
    public init(validating raw: String, today: CivilDate) {
        switch CitizenID.validate(raw, today: today) {
        case let .valid(id, warnings):
            self.init(value: id.value, status: .valid, packedKey: id.packedKey,
                      unverifiedRegion: warnings.contains(.unverifiedRegion))
        case let .invalid(failure):
            let cleaned = raw.trimmed.uppercased()
            self.init(value: cleaned, status: IDNumberStatus(failure), packedKey: nil, unverifiedRegion: false)
        }
    }

    public var isValid: Bool { status == .valid }

    /// The citizen ID when the number is valid.
    public var citizenID: CitizenID? {
        packedKey.flatMap(CitizenID.init(packedKey:))
    }

    /// Masked for display to roles that may not see the full number (e.g. 3703**********1234).
    public func masked() -> String {
        if let id = citizenID { return id.masked() }
        let chars = Array(value)
        guard chars.count > 8 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(4)) + String(repeating: "*", count: chars.count - 8) + String(chars.suffix(4))
    }
}

extension IDNumberStatus {
    public init(_ failure: CitizenIDFailure) {
        switch failure {
        case .empty: self = .empty
        case .length: self = .length
        case .character: self = .character
        case .birthDate: self = .birthDate
        case .futureBirthDate: self = .futureBirthDate
        case .checksum: self = .checksum
        case .impossibleProvince: self = .impossibleProvince
        }
    }
}

/// Interpolating a recorded number anywhere (a log, an error) shows only the masked form;
/// code that needs the full number reads `value` explicitly.
extension RecordedIDNumber: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { masked() }
    public var debugDescription: String { masked() }
}
