import DoudiDomain

/// Age-dependent traits: disability, serious illness, labour capacity, employment and schooling.
///
/// Rates are chosen so that a county roll shows the shape of Shandong's statistics: about 6 % of
/// people with a registered disability (rising steeply with age), about 1.5 % with a serious
/// illness, schooling that follows the birth cohort, and labour capacity that never contradicts
/// age or disability.
enum PersonTraits {
    static func disabilityRate(age: Int) -> Double {
        switch age {
        case ..<18: 0.008
        case ..<45: 0.025
        case ..<60: 0.05
        case ..<70: 0.085
        case ..<80: 0.13
        default: 0.20
        }
    }

    private static let youngCategories = WeightedTable<Int>([(5, 30), (4, 25), (2, 10), (1, 5), (3, 5), (6, 10), (7, 15)])
    private static let adultCategories = WeightedTable<Int>([(4, 45), (6, 15), (5, 12), (1, 8), (2, 8), (7, 10), (3, 2)])
    private static let elderCategories = WeightedTable<Int>([(4, 50), (1, 15), (2, 15), (7, 10), (6, 4), (5, 3), (3, 3)])
    private static let grades = WeightedTable<Int>([(1, 9), (2, 21), (3, 33), (4, 37)])
    private static let multipleGrades = WeightedTable<Int>([(1, 30), (2, 40), (3, 20), (4, 10)])

    static func disability(
        age: Int, birth: CivilDate, asOf: CivilDate, forcedCategory: Int? = nil, severe: Bool = false,
        _ rng: inout SplitMix64
    ) -> SynthDisability {
        let category = forcedCategory
            ?? (age < 18 ? youngCategories : age < 60 ? adultCategories : elderCategories).draw(&rng)
        var grade = (category == 7 ? multipleGrades : grades).draw(&rng)
        if severe { grade = rng.chance(0.35) ? 1 : 2 }
        // Third-generation certificates are valid for ten years; issued up to eleven years ago, so
        // about one in eleven has lapsed (a real review finding), never before the holder's first birthday.
        let earliest = birth.daysSinceEpoch + 365
        let issued = max(earliest, asOf.daysSinceEpoch - rng.below(11 * 365))
        let validUntil = CivilDate(daysSinceEpoch: issued).adding(months: 120)
        return SynthDisability(category: category, grade: grade, validUntil: validUntil)
    }

    static func illnessRate(age: Int) -> Double {
        switch age {
        case ..<18: 0.004
        case ..<45: 0.009
        case ..<60: 0.018
        case ..<75: 0.032
        default: 0.04
        }
    }

    private static let childIllnesses = ["先天性心脏病", "急性白血病", "儿童恶性肿瘤（神经母细胞瘤）", "血友病"]
    private static let adultIllnesses = WeightedTable<String>([
        ("恶性肿瘤（肺癌）", 14), ("恶性肿瘤（胃癌）", 9), ("恶性肿瘤（肝癌）", 7), ("恶性肿瘤（乳腺癌）", 7),
        ("恶性肿瘤（食管癌）", 6), ("尿毒症（维持性血液透析）", 12), ("脑卒中后遗症", 14), ("慢性心力衰竭", 6),
        ("重性精神障碍", 6), ("急性白血病", 3), ("再生障碍性贫血", 3), ("器官移植术后抗排异治疗", 2),
        ("耐多药肺结核", 2), ("帕金森病", 5), ("慢性阻塞性肺疾病（重度）", 4),
    ])

    static func illness(age: Int, _ rng: inout SplitMix64) -> String {
        age < 18 ? rng.pick(childIllnesses) : adultIllnesses.draw(&rng)
    }

    /// 劳动能力, not assessed under 16.
    static func labour(_ person: SynthPerson, _ rng: inout SplitMix64) -> Labour {
        if person.age < 16 { return .notAssessed }
        if let disability = person.disability, disability.isSevere { return .lost }
        if person.illness != nil { return rng.chance(0.5) ? .lost : .partial }
        if person.age >= 70 { return rng.chance(0.8) ? .lost : .partial }
        if person.age >= 60 {
            let u = rng.unit()
            return u < 0.65 ? .partial : u < 0.9 ? .able : .lost
        }
        if person.disability != nil { return rng.chance(0.7) ? .partial : .able }
        return .able
    }

    /// 就业状况, consistent with age, schooling and labour capacity.
    static func employment(_ person: SynthPerson, urban: Bool, _ rng: inout SplitMix64) -> Employment {
        let age = person.age
        if age < 6 { return .preschool }
        if age < 16 { return person.labour == .lost && age >= 15 ? .idle : .student }
        if person.retired { return .retired }
        if person.labour == .lost { return age < 19 && person.disability == nil ? .student : .idle }
        if age < 19 && rng.chance(0.85) { return .student }
        if age < 23 && rng.chance(urban ? 0.6 : 0.45) { return .student }
        if person.worksAway { return .employed }
        if age >= 60 { return !urban && age < 70 && person.labour != .lost && rng.chance(0.5) ? .employed : .idle }
        let u = rng.unit()
        let idle = person.male ? 0.10 : 0.22
        if u < 0.55 { return .employed }
        if u < 0.75 { return .flexible }
        if u < 0.75 + idle { return .idle }
        return u < 0.83 + idle ? .unemployed : .employed
    }

    /// 文化程度: the current level for pupils, otherwise the highest completed, by birth cohort.
    static func education(_ person: SynthPerson, urban: Bool, _ rng: inout SplitMix64) -> String {
        let age = person.age
        if age < 6 { return levels[0] }
        if age < 12 { return levels[2] }
        if age < 15 { return levels[3] }
        if let disability = person.disability, disability.category == 5, disability.grade <= 2 {
            return levels[1]
        }
        if age < 19 { return person.employment == .student ? levels[rng.chance(0.6) ? 4 : 5] : levels[3] }
        let table: WeightedTable<Int>
        switch person.birth.year {
        case ..<1950: table = cohort1940
        case ..<1965: table = cohort1950
        case ..<1980: table = cohort1965
        case ..<1995: table = cohort1980
        default: table = cohort1995
        }
        var level = table.draw(&rng)
        // Town dwellers are a step better schooled than villagers of the same age.
        if urban, rng.chance(0.35) { level = stepUp[level] }
        return levels[level]
    }

    private static let levels = ["学龄前", "文盲或半文盲", "小学", "初中", "高中", "中职", "大专", "本科", "研究生"]
    /// The next level up (高中 and 中职 both lead to 大专).
    private static let stepUp = [0, 2, 3, 4, 6, 6, 7, 8, 8]
    private static let cohort1940 = WeightedTable<Int>([(1, 40), (2, 45), (3, 12), (4, 3)])
    private static let cohort1950 = WeightedTable<Int>([(1, 10), (2, 40), (3, 35), (4, 13), (6, 2)])
    private static let cohort1965 = WeightedTable<Int>([(1, 2), (2, 15), (3, 48), (4, 20), (5, 5), (6, 6), (7, 4)])
    private static let cohort1980 = WeightedTable<Int>([(2, 3), (3, 33), (4, 17), (5, 12), (6, 17), (7, 16), (8, 2)])
    private static let cohort1995 = WeightedTable<Int>([(3, 18), (4, 14), (5, 16), (6, 26), (7, 23), (8, 3)])
}
