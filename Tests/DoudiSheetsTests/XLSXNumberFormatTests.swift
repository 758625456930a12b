import Testing
@testable import DoudiSheets

@Suite struct XLSXNumberFormatTests {
    @Test(arguments: ["yyyy-mm-dd", "yyyy/m/d", "m/d/yy", "d-mmm-yy", "YYYY\"年\"M\"月\"D\"日\"",
                      "[$-F800]dddd, mmmm dd, yyyy", "yyyy-mm-dd hh:mm:ss", "mmm-yy", "yyyymmdd", "[Red]yyyy-mm-dd;@"])
    func dateFormats(code: String) {
        #expect(XLSXNumberFormat.isDate(code: code))
    }

    @Test(arguments: ["General", "0", "0.00", "#,##0.00", "0.00E+00", "@", "h:mm", "[h]:mm:ss", "mm:ss",
                      "h:mm AM/PM", "\"y\"0", "0\"天\"", "[$¥-804]#,##0.00", "\\d0", "_(* #,##0_)"])
    func nonDateFormats(code: String) {
        #expect(!XLSXNumberFormat.isDate(code: code))
    }

    @Test func builtInIDs() {
        for id in [14, 15, 16, 17, 22, 31, 57, 58] { #expect(XLSXNumberFormat.isDate(id: id, customCode: nil)) }
        for id in [0, 1, 2, 10, 11, 18, 21, 45, 46, 47, 49] { #expect(!XLSXNumberFormat.isDate(id: id, customCode: nil)) }
        // A custom definition overrides the built-in meaning of the id.
        #expect(!XLSXNumberFormat.isDate(id: 14, customCode: "0.00"))
    }
}
