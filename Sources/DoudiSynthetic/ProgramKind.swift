/// 救助项目. This and the other closed vocabularies (`EnrollmentState`, `Labour`, `Employment`) are
/// enums because the generator compares them millions of times and comparing Chinese strings means
/// Unicode-aware comparison; their labels are the exact template spellings.
enum ProgramKind: Int, CaseIterable, Sendable {
    case dibao, tekun, livingSubsidy, careSubsidy, orphan, unsupportedChild

    /// 救助项目 as written to enrollments.csv.
    var label: String { RollStats.programs[rawValue] }

    /// 证号 prefix: DB370321000001.
    var prefix: String { ["DB", "TK", "CS", "CH", "GE", "SW"][rawValue] }

    var isMeansTested: Bool { self == .dibao || self == .tekun }
}
