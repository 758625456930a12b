@testable import App
import DoudiDomain
import Fluent
import Foundation
import SQLKit
import Vapor

/// The audit key every test app uses (deterministic, like the rest of the fixtures).
let testAuditKey = [UInt8](repeating: 0x5A, count: 32)

/// Runs `body` against a freshly migrated database: in-memory SQLite by default, or,
/// when `DOUDI_TEST_DATABASE_URL` is set (scripts/test does it for the second run),
/// PostgreSQL with a schema of its own per test so tests stay isolated and parallel.
func withTestApp(imports: ImportSettings = ImportSettings(), _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("doudi-test-\(UUID().uuidString.lowercased())")
    let configuration: AppConfiguration
    var schema: String?
    if let url = ProcessInfo.processInfo.environment["DOUDI_TEST_DATABASE_URL"], !url.isEmpty {
        // A hard guard: tests create and drop schemas, so they only ever touch loopback.
        guard url.contains("@127.0.0.1") || url.contains("@localhost") || url.contains("@[::1]") else {
            fatalError("DOUDI_TEST_DATABASE_URL must point at a loopback host")
        }
        schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        app.storage[PostgresSchemaKey.self] = schema
        configuration = AppConfiguration(database: .postgres(url: url), auditKey: .fixed(testAuditKey), accounts: testAccountSettings,
                                         imports: imports, dataDirectory: dataDirectory.path)
    } else {
        configuration = AppConfiguration(database: .sqliteMemory, auditKey: .fixed(testAuditKey), accounts: testAccountSettings,
                                         imports: imports, dataDirectory: dataDirectory.path)
    }
    // Each test app has a data directory of its own, removed with it.
    defer { try? FileManager.default.removeItem(at: dataDirectory) }
    do {
        try await configure(app, configuration: configuration)
        if let schema {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
        }
        try await app.autoMigrate()
        try await body(app)
        // Background imports finish before their schema goes.
        await app.importJobs.settle()
    } catch {
        await app.importJobs.settle()
        try? await dropSchema(schema, app)
        try await app.asyncShutdown()
        throw error
    }
    try await dropSchema(schema, app)
    try await app.asyncShutdown()
}

private func dropSchema(_ schema: String?, _ app: Application) async throws {
    guard let schema else { return }
    try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
}

/// Account settings of every test app: bcrypt at its minimum cost keeps logins fast;
/// cookies stay `Secure` as in production.
let testAccountSettings: AccountSettings = {
    var settings = AccountSettings()
    settings.bcryptCost = 4
    return settings
}()

/// The frozen clock of every app test.
let testToday = CivilDate(year: 2026, month: 11, day: 23)!
let testNow = Date(timeIntervalSince1970: 1_795_400_000)

/// A small county: two townships with a community and a village each.
enum TestRegions {
    static let province = RegionCode("370000000000")!
    static let county = RegionCode("370321000000")!
    static let suozhen = RegionCode("370321001000")!
    static let suozhenCommunity = RegionCode("370321001001")!
    static let tangshan = RegionCode("370321100000")!
    static let tangshanVillage = RegionCode("370321100201")!

    static let csv = """
    区划代码,名称,城乡分类代码,生效日期,失效日期
    370000000000,山东省,,,
    370300000000,淄博市,,,
    370321000000,桓台县,,,
    370321001000,索镇街道,,,
    370321001001,东岳社区居委会,111,,
    370321100000,唐山镇,,,
    370321100201,东唐村委会,220,2001-01-01,
    """
}

/// Users at each level, created in the test database.
struct TestUsers {
    let admin: Caller
    let county: Caller
    let suozhen: Caller
    let tangshan: Caller

    static func create(on app: Application) async throws -> TestUsers {
        let store = UserStore(sql: app.db as! any SQLDatabase)
        let admin = try await store.create(.init(username: "admin", displayName: "管理员", role: .administrator, scope: TestRegions.province), at: testNow)
        let outcome = try await RegionImporter(database: app.db, auditKey: app.auditKey).run(
            ImportRequest(fileName: "regions.csv", data: Data(TestRegions.csv.utf8), caller: admin, today: testToday, now: testNow))
        precondition(outcome.succeeded, "test regions failed to import: \(outcome.issues.map { $0.reason() })")
        return TestUsers(
            admin: admin,
            county: try await store.create(.init(username: "county", displayName: "县级审批员", role: .countyApprover, scope: TestRegions.county), at: testNow),
            suozhen: try await store.create(.init(username: "suozhen", displayName: "索镇审核员", role: .townshipReviewer, scope: TestRegions.suozhen), at: testNow),
            tangshan: try await store.create(.init(username: "tangshan", displayName: "唐山镇审核员", role: .townshipReviewer, scope: TestRegions.tangshan), at: testNow)
        )
    }
}

/// Valid GB 11643 numbers for fixtures: body + computed check character.
func testID(_ body17: String) -> String {
    body17 + String(CitizenID.checkCharacter(forBody: body17)!)
}

/// Builds a 家庭成员 CSV from rows keyed by Chinese header.
struct HouseholdCSV {
    static let header = ["户编号", "行政区划代码", "家庭住址", "城乡属性", "与户主关系", "姓名", "公民身份号码", "民族", "残疾类别", "残疾等级"]
    var rows: [[String]] = []

    mutating func add(_ household: String, _ region: String, _ relation: String, _ name: String, _ id: String,
                      address: String = "东岳路1号", area: String = "城镇", disability: (String, String)? = nil) {
        rows.append([household, region, address, area, relation, name, id, "汉族", disability?.0 ?? "", disability?.1 ?? ""])
    }

    var data: Data {
        let lines = ([Self.header] + rows).map { $0.joined(separator: ",") }
        return Data(lines.joined(separator: "\r\n").utf8)
    }
}

func importHouseholds(_ data: Data, as caller: Caller, on app: Application, legacy: Bool = false,
                      fileName: String = "households.csv") async throws -> ImportOutcome {
    try await HouseholdImporter(database: app.db, auditKey: app.auditKey).run(
        ImportRequest(fileName: fileName, data: data, legacy: legacy, caller: caller, today: testToday, now: testNow))
}

func count(_ table: String, on app: Application) async throws -> Int {
    try await (app.db as! any SQLDatabase).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
        .from(table).first()!.decode(column: "n", as: Int.self)
}
