import Foundation

extension CitizenID {
    /// Validates a citizen ID number as typed or imported.
    ///
    /// Trims surrounding whitespace, accepts lower-case `x`, upgrades a legacy 15-digit number to 18
    /// digits (warning `upgradedFrom15Digits`), and checks in the order of `CitizenIDFailure`. With
    /// `addressCodes`, an address code missing from the history adds `unverifiedRegion`; it never
    /// makes the number invalid. Pass nil to skip that look-up.
    ///
    /// Source: GB 11643-1999 (structure, MOD 11-2 check); GB 11643-1989 (15-digit form; 996–999 mark
    /// people born in the 1800s); policy reference §3.1 (validation rules).
    public static func validate(_ raw: String, today: CivilDate,
                                addressCodes: AddressCodeHistory? = .bundled) -> CitizenIDValidation {
        let trimmed = raw.trimmed
        guard !trimmed.isEmpty else { return .invalid(.empty) }
        let length = trimmed.count
        guard length == 15 || length == 18 else { return .invalid(.length) }
        let bytes = Array(trimmed.utf8)
        guard bytes.count == length else { return .invalid(.character) }

        let body: [UInt8]
        let givenCheck: UInt8?
        if length == 18 {
            guard bytes[0..<17].allSatisfy(isDigit) else { return .invalid(.character) }
            var check = bytes[17]
            if check == UInt8(ascii: "x") { check = UInt8(ascii: "X") }
            guard isDigit(check) || check == UInt8(ascii: "X") else { return .invalid(.character) }
            body = Array(bytes[0..<17])
            givenCheck = check
        } else {
            guard bytes.allSatisfy(isDigit) else { return .invalid(.character) }
            let sequence = (Int(bytes[12] - 0x30) * 100) + (Int(bytes[13] - 0x30) * 10) + Int(bytes[14] - 0x30)
            let century: [UInt8] = sequence >= 996 ? Array("18".utf8) : Array("19".utf8)
            body = Array(bytes[0..<6]) + century + Array(bytes[6..<15])
            givenCheck = nil
        }

        switch parse(body: body, givenCheck: givenCheck, today: today) {
        case let .failure(failure):
            return .invalid(failure)
        case let .success(id):
            var warnings: [CitizenIDWarning] = []
            if let addressCodes, !addressCodes.isKnown(id.addressCode) { warnings.append(.unverifiedRegion) }
            if length == 15 { warnings.append(.upgradedFrom15Digits) }
            return .valid(id, warnings: warnings)
        }
    }

    /// Checks a 17-digit ASCII body (province, birth date, optionally not after `today`) and the
    /// given check character (upper-case), or appends the computed one when `givenCheck` is nil.
    static func parse(body: [UInt8], givenCheck: UInt8?, today: CivilDate?) -> Result<CitizenID, CitizenIDFailure> {
        guard body.count == 17, body.allSatisfy(isDigit) else { return .failure(.character) }
        if let givenCheck, !(isDigit(givenCheck) || givenCheck == UInt8(ascii: "X")) { return .failure(.character) }
        guard AddressCodeHistory.isPossibleProvince(String(decoding: body[0..<2], as: UTF8.self)) else {
            return .failure(.impossibleProvince)
        }
        guard let year = CivilDate.decimal(body[6..<10]), let month = CivilDate.decimal(body[10..<12]),
              let day = CivilDate.decimal(body[12..<14]), year >= earliestBirthYear,
              let birth = CivilDate(year: year, month: month, day: day) else { return .failure(.birthDate) }
        if let today, birth > today { return .failure(.futureBirthDate) }
        let bodyText = String(decoding: body, as: UTF8.self)
        guard let expected = checkCharacter(forBody: bodyText) else { return .failure(.character) }
        if let givenCheck, Character(UnicodeScalar(givenCheck)) != expected { return .failure(.checksum) }
        return .success(CitizenID(uncheckedValue: bodyText + String(expected)))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
