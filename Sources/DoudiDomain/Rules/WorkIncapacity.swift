/// 无劳动能力, the first of the three 特困 conditions: a person counts as unable to work by
/// age (the region's elderly age or older, or under its minor age) or by a valid
/// disability certificate of a category and grade the region lists. A person already on
/// 特困 since childhood keeps it to 18, and beyond while in compulsory education, regular
/// high school or vocational school (the termination rules). Other cases a province sets
/// (Guizhou: under 18) come with its own parameters.
///
/// Source: policy reference §1.10 (43号 art 5: 60 周岁以上; 未满16周岁; 三级以上智力、
/// 精神残疾, 一二级肢体残疾, 一级视力残疾; art 24–27: 未成年人特困人员 support to 18, and
/// beyond while in school).
public struct WorkIncapacity: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case elderly(age: Int)
        case minor(age: Int)
        /// On 特困 since childhood, not yet the age support is kept to.
        case keptMinor(age: Int)
        /// On 特困 since childhood and still in school past that age.
        case inSchool(age: Int)
        case disability(DisabilityCategory, DisabilityGrade)

        /// `elderly`, `minor` or `disability:<category>:<grade>`, as test cases write it.
        public var code: String {
            switch self {
            case .elderly: "elderly"
            case .minor: "minor"
            case .keptMinor: "minor_kept"
            case .inSchool: "in_school"
            case let .disability(category, grade): "disability:\(category.rawValue):\(grade.rawValue)"
            }
        }
    }

    /// Every reason found; empty when the person can work as far as these rules know.
    public let reasons: [Reason]
    public let explanation: [ExplanationStep]

    public var isIncapable: Bool { !reasons.isEmpty }

    /// A disability certificate counts while it is valid on `date` (no end date: valid).
    public init(birthDate: CivilDate, disabilities: [Disability], on date: CivilDate, parameters p: borrowing TekunParameters,
                supportedSinceMinor: Bool = false, inSchool: Bool = false, explain: Bool = false) {
        var explainer = Explainer(enabled: explain, sources: p.sources)
        var found: [Reason] = []
        let age = birthDate.age(on: date)
        if age >= p.elderlyAge {
            found.append(.elderly(age: age))
            explainer.add("tekun.incapacity.age", "explain.tekun.incapacity.elderly", ["age": String(age), "limit": String(p.elderlyAge)],
                          keys: ["tekun.incapacity.elderly_age"])
        } else if age < p.minorAge {
            found.append(.minor(age: age))
            explainer.add("tekun.incapacity.age", "explain.tekun.incapacity.minor", ["age": String(age), "limit": String(p.minorAge)],
                          keys: ["tekun.incapacity.minor_age"])
        } else if supportedSinceMinor, age < p.keptUntilAge {
            found.append(.keptMinor(age: age))
            explainer.add("tekun.incapacity.age", "explain.tekun.incapacity.kept_minor", ["age": String(age), "limit": String(p.keptUntilAge)],
                          keys: ["tekun.minor.kept_until_age"])
        } else if supportedSinceMinor, inSchool, age < p.elderlyAge {
            found.append(.inSchool(age: age))
            explainer.add("tekun.incapacity.age", "explain.tekun.incapacity.in_school", ["age": String(age)],
                          keys: ["tekun.minor.kept_until_age"])
        } else {
            explainer.add("tekun.incapacity.age", "explain.tekun.incapacity.working_age",
                          ["age": String(age), "minor": String(p.minorAge), "elderly": String(p.elderlyAge)],
                          keys: ["tekun.incapacity.minor_age", "tekun.incapacity.elderly_age"])
        }
        for disability in disabilities {
            let key = TekunParameters.gradeKey(disability.category)
            let arguments = ["category": L(disability.category.labelKey), "grade": L(disability.grade.labelKey)]
            if let until = disability.validUntil, until < date {
                explainer.add("tekun.incapacity.disability", "explain.tekun.incapacity.certificate_expired",
                              arguments.merging(["until": until.iso]) { first, _ in first })
                continue
            }
            if disability.grade.number <= p.maxDisabilityGrade[disability.category, default: 0] {
                found.append(.disability(disability.category, disability.grade))
                explainer.add("tekun.incapacity.disability", "explain.tekun.incapacity.disability_counts", arguments, keys: [key])
            } else {
                explainer.add("tekun.incapacity.disability", "explain.tekun.incapacity.disability_not_listed", arguments, keys: [key])
            }
        }
        reasons = found
        explanation = explainer.steps
    }
}
