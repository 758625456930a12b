import Foundation
import Testing
import DoudiSheets

/// A generated 200,000-row file: checks counts and spot values, not speed
/// (timing is measured by hand in a release build).
@Suite struct CSVLargeFileTests {
    @Test func twoHundredThousandRows() throws {
        let rowCount = 200_000
        var writer = CSVWriter()
        try writer.writeRow((0..<25).map { "列\($0)" })
        for row in 0..<rowCount {
            writer.writeField(row % 7 == 0 ? "张\"三\"" : "李四")
            writer.writeField(String(110_105_194_912_310_000 + row))
            writer.writeField(row % 11 == 0 ? "备注,\n两行" : "正常")
            for column in 3..<25 { writer.writeField(String(row &* 31 &+ column)) }
            try writer.endRow()
        }
        let data = try writer.finishData()

        var records = 0, cells = 0, quotedRows = 0, lastLine = 0
        var idSum = 0
        try CSVReader(data: data).forEachRow { fields, line in
            records += 1
            cells += fields.count
            lastLine = line
            if line > 1 {
                idSum &+= Int(fields[1])! - 110_105_194_912_310_000
                if fields[2] == "备注,\n两行" { quotedRows += 1 }
            }
        }
        #expect(records == rowCount + 1)
        #expect(cells == (rowCount + 1) * 25)
        #expect(lastLine == rowCount + 1)
        #expect(idSum == rowCount * (rowCount - 1) / 2)
        #expect(quotedRows == (rowCount + 10) / 11)
    }
}
