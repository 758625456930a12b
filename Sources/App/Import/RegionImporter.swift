import DoudiDomain
import DoudiSheets
import Fluent
import Foundation
import SQLKit
import Vapor

/// Imports region master data all-or-nothing. Existing codes are updated (names
/// change, divisions close), new ones inserted; every parent must exist in the file
/// or the database, so the tree never has orphans. Only administrators may do it.
public struct RegionImporter: Sendable {
    let database: any Database
    let auditKey: SymmetricKey

    init(database: any Database, auditKey: SymmetricKey) {
        self.database = database
        self.auditKey = auditKey
    }

    public func run(_ request: ImportRequest) async throws -> ImportOutcome {
        guard request.caller.role == .administrator else {
            return .failed([ImportIssue(line: 0, column: nil, value: "", reasonKey: "import.error.scope.forbidden")])
        }
        let (file, regions) = try await BlockingWork.run {
            try TemplateFile.read(request, template: RegionTemplate.columns) { reader in
                Self.parse(&reader).map { (line: reader.line, region: $0, withPopulation: reader.map.index["population"] != nil) }
            }
        }
        if file.unreadable { return .failed(file.issues) }
        let issues = file.issues
        let fileIssues = issues
        let withPopulation = regions.first?.withPopulation ?? false
        let parsedRows = regions.map { (line: $0.line, region: $0.region) }
        return try await ImportTransaction.run(on: database, kind: "regions", request: request, auditKey: auditKey) { sql in
            var issues = fileIssues
            let known = try await RegionStore(sql: sql).allRegions()
            var parsed = parsedRows
            // A catalogue without 户籍人口 (the national one) leaves the populations on file alone.
            if !withPopulation {
                for index in parsed.indices { parsed[index].region.population = known[parsed[index].region.code.value]?.population }
            }
            issues += Self.treeIssues(parsed, known: known, caller: request.caller)
            try ImportRejected.unlessClean(issues)

            let fresh = parsed.filter { known[$0.region.code.value] == nil }.map(\.region)
            let existing = parsed.filter { known[$0.region.code.value] != nil }.map(\.region)
            let changed = existing.filter { known[$0.code.value] != $0 }
            try await BulkInsert(table: "regions", columns: RegionStore.columns).run(fresh.map(RegionStore.values), on: sql)
            for region in changed {
                try await sql.update("regions")
                    .set("name", to: region.name).set("urban_rural_code", to: region.urbanRural?.rawValue)
                    .set("valid_from", to: region.validFrom?.iso).set("valid_to", to: region.validTo?.iso)
                    .set("population", to: region.population.map(Int64.init))
                    .where("code", .equal, region.code.value).run()
            }
            var outcome = ImportOutcome()
            outcome.batchID = OrderedUUID.make()
            outcome.rowsTotal = parsed.count
            outcome.added = fresh.count
            outcome.changed = changed.count
            outcome.unchanged = existing.count - changed.count
            outcome.issues = issues
            try await ImportBatchStore(sql: sql).insert(.init(
                id: outcome.batchID!, region: request.caller.scope.value, kind: "regions", fileName: request.fileName,
                fileSHA256: request.fileSHA256, legacy: false, rowsTotal: outcome.rowsTotal, rowsAdded: outcome.added,
                rowsChanged: outcome.changed, rowsUnchanged: outcome.unchanged, idsFlagged: 0,
                importedBy: request.caller.userID, importedAt: request.now))
            return outcome
        }
    }

    /// One row of the region template; nil (issues in `reader`) when a value is unusable.
    static func parse(_ reader: inout RowReader) -> Region? {
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
        let population = reader.count("population")
        guard let code, let name, !reader.hasErrors else { return nil }
        return Region(code: code, name: name, urbanRural: urbanRural, validFrom: from, validTo: to, population: population)
    }

    /// Repeated codes, codes outside the caller's area, and codes whose parent is in
    /// neither the file nor the database (the tree must never have orphans).
    static func treeIssues(_ regions: [(line: Int, region: Region)], known: [String: Region], caller: Caller) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var inFile: [String: Int] = [:]
        for (line, region) in regions {
            if let first = inFile[region.code.value] {
                issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.duplicate",
                                          arguments: ["line": String(first)]))
            }
            inFile[region.code.value] = line
        }
        for (line, region) in regions {
            if !caller.mayAccess(region.code) {
                issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.out_of_scope"))
            } else if let parent = region.code.parent, inFile[parent.value] == nil, known[parent.value] == nil {
                issues.append(ImportIssue(line: line, column: "code", value: region.code.value, reasonKey: "import.error.region.parent_missing"))
            }
        }
        return issues
    }
}
