/// Conversion between Excel date serials and civil dates, with integer day
/// arithmetic (no Calendar or time zones, so results never depend on the server).
enum ExcelDate {
    /// The largest serial Excel accepts: 9999-12-31 in the 1900 system.
    static let maxSerial1900 = 2_958_465

    /// The date of serial `serial` (time of day dropped), or nil outside Excel's range.
    /// The 1900 system keeps Lotus 1-2-3's bug: serial 60 is the nonexistent
    /// 1900-02-29, so serials before it are one day off from plain counting.
    static func date(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite else { return nil }
        let day = Int(serial.rounded(.down))
        if date1904 {
            guard day >= 0, day <= maxSerial1900 - 1462 else { return nil }
            return civil(fromDays: days(year: 1904, month: 1, day: 1) + day)
        }
        guard day >= 1, day <= maxSerial1900 else { return nil }
        if day == 60 { return (1900, 2, 29) }
        let epoch = day < 60 ? days(year: 1899, month: 12, day: 31) : days(year: 1899, month: 12, day: 30)
        return civil(fromDays: epoch + day)
    }

    /// The 1900-system serial of a date, or nil before 1900-01-01, after 9999-12-31 or if invalid.
    static func serial(year: Int, month: Int, day: Int) -> Int? {
        if year == 1900 && month == 2 && day == 29 { return 60 }
        guard year >= 1900, year <= 9999, month >= 1, month <= 12, day >= 1,
              day <= daysIn(month: month, year: year) else { return nil }
        let count = days(year: year, month: month, day: day)
        if count < days(year: 1900, month: 3, day: 1) {
            return count - days(year: 1899, month: 12, day: 31)
        }
        return count - days(year: 1899, month: 12, day: 30)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
