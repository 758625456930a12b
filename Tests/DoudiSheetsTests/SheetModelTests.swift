import Testing
@testable import DoudiSheets

@Suite struct SheetModelTests {
    @Test func textValueShowsWhatTheUserSees() {
        #expect(SheetCell.empty.textValue == "")
        #expect(SheetCell.text("张三").textValue == "张三")
        #expect(SheetCell.number("1.10105194912310E+17").textValue == "1.10105194912310E+17")
        #expect(SheetCell.bool(true).textValue == "TRUE")
        #expect(SheetCell.bool(false).textValue == "FALSE")
        #expect(SheetCell.date(year: 2024, month: 3, day: 5).textValue == "2024-03-05")
        #expect(SheetCell.date(year: 987, month: 1, day: 9).textValue == "0987-01-09")
        #expect(SheetCell.error("#N/A").textValue == "#N/A")
    }

    @Test func tableTrimsHeaderPadsRowsAndDropsTrailingEmptyRows() {
        let table = SheetTable(
            headerCells: [.text(" 姓名\u{3000}"), .text("身份证号\n"), .empty, .empty],
            rows: [
                SheetRow(line: 2, cells: [.text("张三")]),
                SheetRow(line: 3, cells: []),
                SheetRow(line: 5, cells: [.text("李四"), .empty, .text("无表头的值")]),
                SheetRow(line: 6, cells: [.empty, .empty]),
                SheetRow(line: 7, cells: []),
            ])
        #expect(table.header == ["姓名", "身份证号", ""])
        #expect(table.rows.map(\.line) == [2, 3, 5])
        #expect(table.rows.allSatisfy { $0.cells.count == 3 })
        #expect(table.rows[0].cells == [.text("张三"), .empty, .empty])
        #expect(table.rows[1].isEmpty)
        #expect(table.rows[2][2] == .text("无表头的值"))
        #expect(table.rows[2][9] == .empty)
        #expect(table.columnIndex(named: "身份证号") == 1)
    }
}
