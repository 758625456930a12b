import Crypto
import DoudiDomain
import Foundation

/// The registry codes a snapshot stores by their position in `allCases` (one byte, no text
/// to compare on the way back). Built once per reader: `allCases` is a new array per call.
/// A snapshot names its format (`HouseholdSnapshot.format`), which moves when a case list does.
final class SnapshotCodes: Sendable {
    let areaKinds = AreaKind.allCases.map { $0 }
    let incomeCategories = IncomeCategory.allCases.map { $0 }
    let assetKinds = AssetKind.allCases.map { $0 }
    let relationships = Relationship.allCases.map { $0 }
    let bases = MembershipBasis.allCases.map { $0 }
    let idStatuses = IDNumberStatus.allCases.map { $0 }
    let sexes = Sex.allCases.map { $0 }
    let hukouTypes = HukouType.allCases.map { $0 }
    let disabilityCategories = DisabilityCategory.allCases.map { $0 }
    let disabilityGrades = DisabilityGrade.allCases.map { $0 }
    let labourCapacities = LabourCapacity.allCases.map { $0 }
    let employments = EmploymentStatus.allCases.map { $0 }
    let schoolings = SchoolingLevel.allCases.map { $0 }
    let specialStatuses = SpecialStatus.allCases.map { $0 }
    let programs = Program.allCases.map { $0 }
    let enrollmentStatuses = EnrollmentStatus.allCases.map { $0 }
    let coverages = Coverage.allCases.map { $0 }
    let categories = AssistanceCategory.allCases.map { $0 }
    let reviewClasses = ReviewClass.allCases.map { $0 }
    let careForms = CareForm.allCases.map { $0 }

    /// Every case list above, in order, hashed: a snapshot written before a case was added
    /// (which moves the later cases' positions) does not match and is not read.
    static let fingerprint: String = {
        let lists: [[String]] = [
            AreaKind.allCases.map(\.rawValue), IncomeCategory.allCases.map(\.rawValue), AssetKind.allCases.map(\.rawValue),
            Relationship.allCases.map(\.rawValue), MembershipBasis.allCases.map(\.rawValue), IDNumberStatus.allCases.map(\.rawValue),
            Sex.allCases.map(\.rawValue), HukouType.allCases.map(\.rawValue), DisabilityCategory.allCases.map(\.rawValue),
            DisabilityGrade.allCases.map(\.rawValue), LabourCapacity.allCases.map(\.rawValue), EmploymentStatus.allCases.map(\.rawValue),
            SchoolingLevel.allCases.map(\.rawValue), SpecialStatus.allCases.map(\.rawValue), Program.allCases.map(\.rawValue),
            EnrollmentStatus.allCases.map(\.rawValue), Coverage.allCases.map(\.rawValue), AssistanceCategory.allCases.map(\.rawValue),
            ReviewClass.allCases.map(\.rawValue), CareForm.allCases.map(\.rawValue),
        ]
        return Hex.lowercase(SHA256.hash(data: Data(lists.map { $0.joined(separator: ",") }.joined(separator: ";").utf8)))
    }()
}

extension SnapshotWriter {
    mutating func code<Code: CaseIterable & Equatable>(_ value: Code) {
        unsigned(UInt64(Code.allCases.firstIndex(of: value).map { Code.allCases.distance(from: Code.allCases.startIndex, to: $0) } ?? 0))
    }

    mutating func date(_ value: CivilDate) { int(value.daysSinceEpoch) }
    mutating func region(_ value: RegionCode) { text(value.value) }
}

extension SnapshotReader {
    mutating func code<Code>(_ table: [Code]) throws -> Code {
        let index = try unsigned()
        guard index < UInt64(table.count) else { throw SnapshotDamaged() }
        return table[Int(index)]
    }

    mutating func date() throws -> CivilDate {
        let days = try int()
        guard abs(days) < 4_000_000 else { throw SnapshotDamaged() }
        return CivilDate(daysSinceEpoch: Int(days))
    }

    mutating func region() throws -> RegionCode {
        let bytes = try textBytes()
        if let recent = recentRegion, recent.value.utf8.elementsEqual(bytes) { return recent }
        guard let code = RegionCode(String(decoding: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)) else { throw SnapshotDamaged() }
        recentRegion = code
        return code
    }
}
