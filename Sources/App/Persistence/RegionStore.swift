import DoudiDomain
import Foundation
import SQLKit

/// Region master data. Regions are public reference data (names of townships and
/// villages), so reads are not scoped; writes are limited to administrators.
struct RegionStore {
    static let columns = ["code", "name", "level", "parent_code", "urban_rural_code", "valid_from", "valid_to", "population"]

    let sql: any SQLDatabase

    func region(_ code: RegionCode) async throws -> Region? {
        try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("regions")
            .where("code", .equal, code.value).first().map(Self.decode)
    }

    func children(of code: RegionCode) async throws -> [Region] {
        try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("regions")
            .where("parent_code", .equal, code.value).orderBy("code").all().map(Self.decode)
    }

    /// Every region by code, in one query (a national catalogue is ~700,000 rows).
    func allRegions() async throws -> [String: Region] {
        var regions: [String: Region] = [:]
        for row in try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("regions").all() {
            let region = try Self.decode(row)
            regions[region.code.value] = region
        }
        return regions
    }

    static func decode(_ row: any SQLRow) throws -> Region {
        let code = try row.decode(column: "code", as: String.self)
        guard let regionCode = RegionCode(code) else {
            throw DataIntegrityError(message: "regions row has a malformed code")
        }
        return Region(
            code: regionCode,
            name: try row.decode(column: "name", as: String.self),
            urbanRural: try row.decode(column: "urban_rural_code", as: Int?.self).flatMap(UrbanRuralCode.init(rawValue:)),
            validFrom: try row.decode(column: "valid_from", as: String?.self).flatMap { CivilDate(iso: $0) },
            validTo: try row.decode(column: "valid_to", as: String?.self).flatMap { CivilDate(iso: $0) },
            population: try row.decode(column: "population", as: Int?.self)
        )
    }
}

/// A stored row that the domain cannot represent: a bug or a hand-edited database.
struct DataIntegrityError: Error, CustomStringConvertible {
    let message: String
    var description: String { "data integrity: \(message)" }
}

extension RegionStore {
    static func values(_ region: Region) -> [any Encodable & Sendable] {
        [region.code.value, region.name, Int16(region.code.level.rawValue), region.code.parent?.value,
         region.urbanRural.map { Int16($0.rawValue) }, region.validFrom?.iso, region.validTo?.iso, region.population.map(Int64.init)]
    }
}

extension RegionStore {
    /// The regions with these codes, by code (unknown codes are absent).
    func regions(_ codes: some Collection<String>) async throws -> [String: Region] {
        let unique = Array(Set(codes))
        var found: [String: Region] = [:]
        for region in try await chunkedLookup(unique, { chunk in
            try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("regions").where("code", .in, chunk).all().map(Self.decode)
        }) { found[region.code.value] = region }
        return found
    }
}

extension RegionStore {
    /// Names from the province down to `code` (levels missing from the catalogue are skipped).
    func path(to code: RegionCode) async throws -> [String] {
        let codes = (code.ancestors + [code]).map(\.value)
        let found = try await regions(codes)
        return codes.compactMap { found[$0]?.name }
    }

    /// The regions a form offers inside `scope`: the area itself and `depth` levels below
    /// it (two by default), each with its depth for indenting.
    func options(within scope: RegionCode, depth: Int = 2) async throws -> [(code: String, name: String, depth: Int)] {
        guard let top = try await region(scope) else { return [] }
        return [(top.code.value, top.name, 0)] + (try await descendants(of: scope, depth: depth)).map {
            ($0.code.value, $0.name, $0.code.level.rawValue - scope.level.rawValue)
        }
    }

    /// The regions strictly inside `code` down to `depth` levels below it, in code order
    /// (which is tree order: each region is followed by its own descendants).
    func descendants(of code: RegionCode, depth: Int) async throws -> [Region] {
        let bounds = code.scopeBounds
        return try await sql.select().columns(Self.columns.map { SQLColumn($0) }).from("regions")
            .where("code", .greaterThan, code.value).where("code", .lessThanOrEqual, bounds.upper)
            .where("level", .lessThanOrEqual, code.level.rawValue + depth)
            .orderBy("code").all().map(Self.decode)
    }
}
