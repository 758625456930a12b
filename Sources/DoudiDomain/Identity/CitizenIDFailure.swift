/// Why a string is not a citizen ID number. Checked in the order listed, so a number with several
/// defects reports the first.
///
/// Source: GB 11643-1999 (structure and check character); policy reference §3.1 (validation rules).
public enum CitizenIDFailure: String, Error, Sendable, CaseIterable {
    /// Nothing but whitespace.
    case empty
    /// Not 15 (GB 11643-1989) or 18 (GB 11643-1999) characters.
    case length
    /// A non-digit in the body, or a check character other than 0–9 / X.
    case character
    /// The first two digits were never a province-level code (see `AddressCodeHistory.isPossibleProvince`).
    case impossibleProvince
    /// The birth date is not a real calendar date, or is before 1850 (no living or recently deceased
    /// person can have been born earlier, and the 15-digit upgrade yields 18xx at the earliest).
    case birthDate
    /// The birth date is after the validation day.
    case futureBirthDate
    /// The check character does not match the body (ISO 7064 MOD 11-2).
    case checksum
}
