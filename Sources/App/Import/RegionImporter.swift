import DoudiDomain
import DoudiSheets
import Fluent
import Foundation
import SQLKit

/// Imports region master data all-or-nothing. Existing codes are updated (names
/// change, divisions close), new ones inserted; every parent must exist in the file
/// or the database, so the tree never has orphans. Only administrators may do it.
public struct RegionImporter: Sendable {
    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func run(_ request: ImportRequest) async throws -> ImportOutcome {
        guard request.caller.role == .administrator else {
            return .failed([ImportIssue(line: 0, column: nil, value: "", reasonKey: "import.error.scope.forbidden")])
        }
        var issues: [ImportIssue] = []
        var regions: [(line: Int, region: Region)] = []
        var map = ColumnMap()
        var headerBroken = false
        do {
            try TabularInput(data: request.data, fileName: request.fileName).read(header: { names in
                let (built, headerIssues) = ColumnMap.build(header: names, template: RegionTemplate.columns)
                (map, headerBroken) = (built, headerIssues.contains { $0.reasonKey == "import.error.header.missing" })
                issues += headerIssues
            }, row: { line, cells in
                guard !headerBroken else { return }
                var reader = RowReader(line: line, cells: cells, map: map)
                let codeText = reader.required("code")
                let name = reader.required("region_name")
                let code = codeText.flatMap { RegionCode($0) }
                if let codeText, code == nil { reader.fail("code", codeText, "import.error.region.format") }
                var urbanRural: UrbanRuralCode?
                if let text = reader.text("urban_rural_code") {
                    urbanRural = Int(text).flatMap(UrbanRuralCode.init(rawValue:))
                    if urbanRural == nil {
                        let choices = UrbanRuralCode.allCases.map { String($0.rawValue) }.joined(separator: "、")
                        reader.fail("urban_rural_code", text, "import.error.value.invalid", ["value": text, "choices": choices])
                    }
                }
                let from = reader.date("valid_from")
                let to = reader.date("valid_to")
                issues += reader.issues
                if let code, let name, reader.issues.isEmpty {
                    regions.append((line, Region(code: code, name: name, urbanRural: urbanRural, validFrom: from, validTo: to)))
                }
            })
        } catch let error as TabularInputError {
            return .failed(issues + [error.issue])
        }
        if headerBroken { return .failed(issues) }

        let sql = database as! any SQLDatabase
        let store = RegionStore(sql: sql)
        let known = try await store.allRegions()
        var inFile: [String: Int] = [:]
        for (line, region) in regions {
            if let first = inFile[region.code.value] {
                issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.duplicate",
                                          arguments: ["line": String(first)]))
            }
            inFile[region.code.value] = line
        }
        for (line, region) in regions where !request.caller.mayAccess(region.code) {
            issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.out_of_scope"))
        }
        for (line, region) in regions {
            if let parent = region.code.parent, inFile[parent.value] == nil, known[parent.value] == nil {
                issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.parent_missing"))
            }
        }
        if issues.contains(where: { $0.severity == .error }) { return .failed(issues) }

        let batchID = OrderedUUID.make()
        let fresh = regions.filter { known[$0.region.code.value] == nil }.map(\.region)
        let existing = regions.filter { known[$0.region.code.value] != nil }.map(\.region)
        let changedRegions = existing.filter { known[$0.code.value] != $0 }
        let total = regions.count
        let changedCount = try await database.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            try await BulkSession.prepare(sql)
            try await BulkInsert(table: "regions", columns: RegionStore.columns).run(fresh.map(RegionStore.values), on: sql)
            let changed = changedRegions.count
            for region in changedRegions {
                try await sql.update("regions")
                    .set("name", to: region.name).set("urban_rural_code", to: region.urbanRural?.rawValue)
                    .set("valid_from", to: region.validFrom?.iso).set("valid_to", to: region.validTo?.iso)
                    .where("code", .equal, region.code.value).run()
            }
            try await ImportBatchStore(sql: sql).insert(.init(
                id: batchID, region: request.caller.scope.value, kind: "regions", fileName: request.fileName,
                fileSHA256: SHA256Hex.of(request.data), legacy: false, rowsTotal: total, rowsAdded: fresh.count,
                rowsChanged: changed, rowsUnchanged: existing.count - changed, idsFlagged: 0,
                importedBy: request.caller.userID, importedAt: request.now))
            return changed
        }
        var outcome = ImportOutcome()
        outcome.changed = changedCount
        outcome.batchID = batchID
        outcome.rowsTotal = regions.count
        outcome.added = fresh.count
        outcome.unchanged = existing.count - outcome.changed
        outcome.issues = issues
        return outcome
    }
}
