/// Checks a roll member's recorded identity against itself: the number's validity, and
/// the sex, birth date and age the number encodes against what the registry records.
///
/// Source: GB 11643-1999 (policy reference §3.1: the birth date in characters 7–14, the
/// sequence digit's parity gives the sex, the check character); the ages of the categories
/// are the statutes' (《老年人权益保障法》第2条: 60 周岁 elderly; 《未成年人保护法》第2条:
/// under 18 a minor; orphans and 事实无人抚养儿童 are minors), passed in as parameters.
public enum IdentityConsistency {
    public struct Facts: Sendable {
        public var number: RecordedIDNumber
        public var sex: Sex?
        public var birthDate: CivilDate?
        public var program: Program
        /// The enrollment's 分类施保 categories. An enrollment covering a whole household
        /// records the categories of some of its members, so they are held against the age
        /// only of a person covered alone.
        public var categories: Set<AssistanceCategory>

        public init(number: RecordedIDNumber, sex: Sex?, birthDate: CivilDate?, program: Program, categories: Set<AssistanceCategory>) {
            self.number = number
            self.sex = sex
            self.birthDate = birthDate
            self.program = program
            self.categories = categories
        }
    }

    /// The problems as bits (`IdentityProblem`); 0 when the identity is consistent.
    public static func problems(_ facts: Facts, on date: CivilDate, elderlyAge: Int, adultAge: Int) -> UInt8 {
        // The key of a valid number carries its sex and birth date; nothing is parsed again.
        guard let key = facts.number.packedKey, let id = CitizenID.packedFacts(key) else { return IdentityProblem.invalidNumber.rawValue }
        var bits: UInt8 = 0
        if let sex = facts.sex, sex != id.sex { bits |= IdentityProblem.sexMismatch.rawValue }
        if let birth = facts.birthDate, birth != id.birthDate { bits |= IdentityProblem.birthDateMismatch.rawValue }
        let age = id.birthDate.age(on: date)
        let childProgram = facts.program == .orphan || facts.program == .factuallyUnsupportedChild
        if (facts.categories.contains(.elderly) && age < elderlyAge)
            || ((facts.categories.contains(.minor) || childProgram) && age >= adultAge) {
            bits |= IdentityProblem.ageCategory.rawValue
        }
        return bits
    }
}
