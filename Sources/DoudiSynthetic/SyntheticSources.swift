/// The departments the synthetic reference files stand for, as a batch records its source.
public enum SyntheticSources {
    private static let departments = [
        "deaths": "桓台县公安局、殡葬管理所", "vehicles": "桓台县公安局交通警察大队", "real_estate": "桓台县不动产登记中心",
        "businesses": "桓台县市场监督管理局", "payroll": "桓台县财政局", "program_rolls": "山东省民政厅",
        "staff_relatives": "桓台县民政局", "social_insurance": "桓台县社会保险事业中心", "provident_fund": "淄博市住房公积金中心桓台分中心",
        "poverty_monitoring": "桓台县乡村振兴局",
    ]

    /// The source department of a reference file, by its kind (the file name without .csv).
    public static func department(of kind: String) -> String {
        departments[kind] ?? "桓台县民政局"
    }
}
