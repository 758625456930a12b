import DoudiDomain
import Foundation
import SQLiteNIO
import SQLKit

/// A roll row from the roll query's values, in its SELECT order: straight from SQLite's
/// values by position (millions of rows: no decoder, no lookup by name), or through SQLKit
/// by name (PostgreSQL).
extension RollRow {
    init(sqlite row: SQLiteRow) throws {
        let values = row.columns.map(\.data)
        guard values.count == 14 else { throw DataIntegrityError(message: "roll query returned \(values.count) columns") }
        func text(_ index: Int) throws -> String {
            guard case let .text(value) = values[index] else { throw Self.unexpected(index, values[index]) }
            return value
        }
        func optionalText(_ index: Int) throws -> String? {
            if case .null = values[index] { return nil }
            return try text(index)
        }
        func id(_ index: Int) throws -> UUID {
            guard let id = UUIDText.parse(try text(index)) else { throw DataIntegrityError(message: "roll query column \(index): not a UUID") }
            return id
        }
        let idKey: Int64? = switch values[3] {
        case let .integer(key): Int64(key)
        case .null: nil
        default: throw Self.unexpected(3, values[3])
        }
        try self.init(personID: try id(0), idNumber: try text(1), idStatus: try text(2), idKey: idKey, sex: try optionalText(4),
                      birthDate: try optionalText(5), enrollmentID: try id(6), program: try text(7), status: try text(8), region: try text(9),
                      categories: try text(10), coverage: try text(11), lastPaid: try optionalText(12), areaKind: try text(13))
    }

    init(_ row: any SQLRow) throws {
        try self.init(personID: try row.decode(column: "person_id", as: UUID.self), idNumber: try row.decode(column: "id_number", as: String.self),
                      idStatus: try row.decode(column: "id_status", as: String.self), idKey: try row.decode(column: "id_key", as: Int64?.self),
                      sex: try row.decode(column: "sex", as: String?.self), birthDate: try row.decode(column: "birth_date", as: String?.self),
                      enrollmentID: try row.decode(column: "enrollment_id", as: UUID.self), program: try row.decode(column: "program", as: String.self),
                      status: try row.decode(column: "status", as: String.self), region: try row.decode(column: "region_code", as: String.self),
                      categories: try row.decode(column: "categories", as: String.self), coverage: try row.decode(column: "coverage", as: String.self),
                      lastPaid: try row.decode(column: "last_paid", as: String?.self), areaKind: try row.decode(column: "area_kind", as: String.self))
    }

    /// The stored codes read; a code no case has is a broken record and fails the load. A
    /// household enrollment's categories are some members': only a person covered alone is
    /// held to them.
    private init(personID: UUID, idNumber: String, idStatus: String, idKey: Int64?, sex: String?, birthDate: String?, enrollmentID: UUID,
                 program: String, status: String, region: String, categories: String, coverage: String, lastPaid: String?, areaKind: String) throws {
        guard let programCase = Program(rawValue: program), let statusCase = EnrollmentStatus(rawValue: status), let regionNumber = UInt64(region) else {
            throw DataIntegrityError(message: "enrollment \(enrollmentID): program \(program), status \(status), region \(region)")
        }
        guard let idStatusCase = IDNumberStatus(rawValue: idStatus) else {
            throw DataIntegrityError(message: "person \(personID): id_status \(idStatus)")
        }
        let alone = coverage == Coverage.individual.rawValue
        self.init(personID: personID,
                  number: RecordedIDNumber(value: idNumber, status: idStatusCase, packedKey: idKey.map(UInt64.init), unverifiedRegion: false),
                  sex: sex.flatMap(Sex.init(rawValue:)), birthDate: birthDate.flatMap { CivilDate(iso: $0) }, enrollmentID: enrollmentID,
                  program: programCase, status: statusCase, region: regionNumber,
                  categories: alone ? Set(categories.split(separator: ",").compactMap { AssistanceCategory(rawValue: String($0)) }) : [],
                  lastPaid: lastPaid.flatMap { MonthPeriod(iso: $0) }, urban: areaKind == AreaKind.urban.rawValue)
    }

    /// Names the column and the kind of value found, never the value: column 1 holds an ID
    /// number, and these errors reach the log.
    private static func unexpected(_ index: Int, _ value: SQLiteData) -> DataIntegrityError {
        let kind = switch value {
        case .integer: "integer"
        case .float: "float"
        case .text: "text"
        case .blob: "blob"
        case .null: "null"
        }
        return DataIntegrityError(message: "roll query column \(index): unexpected \(kind) value")
    }
}
