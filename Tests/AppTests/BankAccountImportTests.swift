@testable import App
import DoudiDomain
import DoudiSheets
import Foundation
import Testing

@Suite("Bank account import")
struct BankAccountImportTests {
    static let header = "公民身份号码,开户银行,账号,户名"
    static var validFile: RecordCSV {
        RecordCSV(header, [
            "\(TestPersons.zhang),中国农业银行桓台支行,6228480012345678901,张三",
            "\(TestPersons.li),中国邮政储蓄银行,6210 9812 3456 7890,李四",
        ])
    }

    @Test("accounts import, and importing again changes nothing")
    func importIsIdempotent() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            // MUT + validate
            try await expectIdempotentImport(BankAccountImporter(database: app.db, auditKey: app.auditKey), Self.validFile, as: users.suozhen,
                                             table: "bank_accounts", on: app)
            // Spaces typed for readability are not part of the number.
            #expect(try await stored("holder_name", as: String.self, in: "bank_accounts", where: "account_no", equals: "6210981234567890", on: app) == ["李四"])
        }
    }

    @Test("a changed bank is updated in place, with the before-image in history")
    func changeKeepsHistory() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var changed = Self.validFile
            changed.rows[0][1] = "农业银行桓台县支行"
            // MUT + validate
            try await expectChangeWithHistory(BankAccountImporter(database: app.db, auditKey: app.auditKey), from: Self.validFile, to: changed, as: users.suozhen,
                                              record: "bank_accounts", where: "account_no", equals: "6228480012345678901",
                                              before: "中国农业银行桓台支行", on: app)
            #expect(try await stored("bank", as: String.self, in: "bank_accounts", where: "account_no", equals: "6228480012345678901", on: app) == ["农业银行桓台县支行"])
        }
    }

    @Test("a malformed workbook imports nothing and reports every problem, numeric cells included")
    func malformedFileIsRejectedWhole() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            func row(_ id: SheetCell, _ bank: String, _ account: SheetCell, _ holder: String) -> [SheetCell] {
                [id, bank.isEmpty ? .empty : .text(bank), account, holder.isEmpty ? .empty : .text(holder)]
            }
            var writer = XLSXWriter()
            writer.addSheet(name: "银行账户", header: Self.header.split(separator: ",").map(String.init), rows: [
                row(.text(TestPersons.zhang), "农业银行", .text("6228480012345678901"), "张三"),
                row(.text(TestPersons.zhang), "农业银行", .number("6.22848001234568E+18"), "张三"),    // numeric account cell
                row(.number("3.70321195001010E+17"), "农业银行", .text("6228480012345678902"), "张三"),  // numeric ID cell
                row(.text(TestPersons.li), "农业银行", .text("62AB-1234"), "李四"),                      // not digits
                row(.text(TestPersons.li), "", .text("6228480012345678903"), "李四"),                    // bank missing
                row(.text(TestPersons.outsider), "农业银行", .text("6228480012345678904"), "赵六"),      // not registered
            ])
            // MUT
            let outcome = try await importRecords(BankAccountImporter(database: app.db, auditKey: app.auditKey), try writer.data(), as: users.suozhen,
                                                  fileName: "accounts.xlsx")
            // validate
            try await expectRejected(outcome, reasons: [
                "import.error.account.numeric_cell", "import.error.id.numeric_cell", "import.error.account.format",
                "import.error.required", "import.error.person.unknown",
            ], lines: Set(3...7), table: "bank_accounts", on: app)
            #expect(outcome.errors.map(\.reasonKey).first == "import.error.account.numeric_cell")
        }
    }

    @Test("a person of another township is refused")
    func foreignTownshipRejected() async throws {
        try await withTestApp { app in
            let users = try await seedRegistry(on: app)
            var csv = Self.validFile
            csv.add("\(TestPersons.wang),中国农业银行唐山支行,6228480099999999999,王五")
            // MUT
            let outcome = try await importRecords(BankAccountImporter(database: app.db, auditKey: app.auditKey), csv.data, as: users.suozhen)
            // validate
            try await expectRejected(outcome, reasons: ["import.error.registered_elsewhere"], lines: [4], table: "bank_accounts", on: app)
        }
    }
}
