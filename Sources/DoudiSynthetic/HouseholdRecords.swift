import DoudiDomain

/// Everything one household contributes besides its member rows: enrollments (and through them
/// payments), incomes, assets, relations, ADL assessments and whether its head gets an account.
struct HouseholdRecords: Sendable {
    var enrollments: [SynthEnrollment] = []
    /// 公民身份号码, 收入类别, 收入项目, 金额 (fen, for the period), 来源.
    var incomes: [(id: String, category: String, item: String, fen: Int64, source: String)] = []
    /// 公民身份号码, 财产类别, 描述, 价值 (fen), 数量或面积, 取得日期, 核对日期, 来源.
    var assets: [(id: String, kind: String, detail: String, fen: Int64?, quantity: String, acquired: CivilDate?, checked: CivilDate, source: String)] = []
    /// 公民身份号码, 关系人身份号码, 关系, 说明.
    var relations: [(id: String, other: String, kind: String, note: String)] = []
    /// 公民身份号码, 评估日期, 评估人, six items (true = 能), 供养方式, 供养机构.
    var adl: [(id: String, date: CivilDate, assessor: String, items: [Bool], careForm: String, institution: String)] = []
    var payeeAccount = false
}
