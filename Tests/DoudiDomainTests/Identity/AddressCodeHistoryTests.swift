import Testing
@testable import DoudiDomain

@Suite struct AddressCodeHistoryTests {
    private let history = AddressCodeHistory.bundled

    @Test func bundledHistoryHoldsCurrentAndRetiredCodes() {
        #expect(history.count > 7_000)
        #expect(history.isKnown("110105") && history.name(of: "110105") == "朝阳区")
        #expect(history.isKnown("370321"))          // 桓台县
        #expect(history.isKnown("110103"))          // 崇文区, abolished 2010
        #expect(history.isKnown("441900"))          // 东莞市, no county level
        #expect(history.isKnown("440524"))          // 潮阳县 of the standard's example
        #expect(!history.isKnown("119999"))
        #expect(!history.isKnown("11010"))
        #expect(!history.isKnown("1101050"))
        #expect(!history.isKnown("11010a"))
    }

    @Test func everyBundledCodeHasAPossibleProvince() {
        for code in history.codes {
            #expect(AddressCodeHistory.isPossibleProvince(code.prefix(2)), "\(code)")
        }
        let prefixes = Set(history.codes.map { Int($0.prefix(2))! })
        #expect(prefixes == AddressCodeHistory.possibleProvinces)
    }

    @Test func possibleProvinces() {
        for prefix in ["11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "83"] {
            #expect(AddressCodeHistory.isPossibleProvince(prefix), "\(prefix)")
        }
        for prefix in ["00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80",
                       "84", "90", "99", "1", "110", "1a"] {
            #expect(!AddressCodeHistory.isPossibleProvince(prefix), "\(prefix)")
        }
    }

    @Test func parsesAndReportsBadLines() throws {
        let small = try AddressCodeHistory(csv: "# c\ncode,name\n110105,朝阳区\r\n110103,\n")
        #expect(small.count == 2)
        #expect(small.name(of: "110105") == "朝阳区")
        #expect(small.name(of: "110103") == "")
        #expect(small.codes == ["110103", "110105"])
        #expect(throws: AddressCodeHistoryError(line: 3)) {
            try AddressCodeHistory(csv: "code,name\n110105,朝阳区\n11010,x\n")
        }
    }
}
