/// Parsed files of the shared runs, each parsed once.
enum Tables {
    static let fullHouseholds = Runs.full.table("households.csv")
    static let fullEnrollments = Runs.full.table("enrollments.csv")
    static let fullPayments = Runs.full.table("payments.csv")
    static let fullIncomes = Runs.full.table("incomes.csv")
    static let fullStaff = Runs.full.table("staff.csv")
    static let fullRegions = Runs.full.table("regions.csv")
    static let fullADL = Runs.full.table("adl.csv")
    static let fullRelations = Runs.full.table("relations.csv")

    /// 成员认定依据 values that are not counted in the household (57号 art 7).
    static let notCounted: Set<String> = ["宗教教职人员", "服刑人员", "强制隔离戒毒人员", "宣告失踪人员", "省定不计入情形"]
}
