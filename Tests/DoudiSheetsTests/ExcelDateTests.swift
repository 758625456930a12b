import Testing
@testable import DoudiSheets

@Suite struct ExcelDateTests {
    @Test(arguments: [
        (1.0, 1900, 1, 1), (59.0, 1900, 2, 28), (60.0, 1900, 2, 29), (61.0, 1900, 3, 1),
        (18264.0, 1950, 1, 1), (45292.75, 2024, 1, 1), (2_958_465.0, 9999, 12, 31),
    ])
    func serials1900(serial: Double, year: Int, month: Int, day: Int) throws {
        let date = try #require(ExcelDate.date(serial: serial, date1904: false))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test func serials1904() throws {
        let epoch = try #require(ExcelDate.date(serial: 0, date1904: true))
        #expect(epoch.year == 1904 && epoch.month == 1 && epoch.day == 1)
        // The same day is 1462 lower in the 1904 system.
        let day = try #require(ExcelDate.date(serial: 45292 - 1462, date1904: true))
        #expect(day.year == 2024 && day.month == 1 && day.day == 1)
    }

    @Test func outOfRangeSerialsAreNotDates() {
        #expect(ExcelDate.date(serial: 0, date1904: false) == nil)
        #expect(ExcelDate.date(serial: -5, date1904: false) == nil)
        #expect(ExcelDate.date(serial: 2_958_466, date1904: false) == nil)
        #expect(ExcelDate.date(serial: .nan, date1904: false) == nil)
    }

    @Test func serialRoundTripsEveryDayOfSomeYears() {
        for year in [1900, 1904, 1949, 2000, 2024] {
            for month in 1...12 {
                for day in 1...ExcelDate.daysIn(month: month, year: year) {
                    let serial = ExcelDate.serial(year: year, month: month, day: day)
                    let back = serial.flatMap { ExcelDate.date(serial: Double($0), date1904: false) }
                    #expect(back?.year == year && back?.month == month && back?.day == day)
                }
            }
        }
        #expect(ExcelDate.serial(year: 1900, month: 2, day: 29) == 60)
        #expect(ExcelDate.serial(year: 1899, month: 12, day: 31) == nil)
        #expect(ExcelDate.serial(year: 2023, month: 2, day: 29) == nil)
    }
}
