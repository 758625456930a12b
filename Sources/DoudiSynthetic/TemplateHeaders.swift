/// The column headers of every file, exactly as docs/import-templates.md and
/// docs/reference-templates.md define them (a test compares them with the documents).
public enum TemplateHeaders {
    public static let regions = ["区划代码", "名称", "城乡分类代码", "生效日期", "失效日期", "户籍人口"]
    public static let staff = ["工号", "姓名", "公民身份号码", "岗位", "所属区划"]
    public static let households = [
        "户编号", "行政区划代码", "家庭住址", "城乡属性", "与户主关系", "姓名", "公民身份号码", "性别", "出生日期", "民族",
        "户籍地区划代码", "户口性质", "成员认定依据", "残疾类别", "残疾等级", "残疾证号", "残疾证有效期至", "重特大疾病",
        "疾病诊断", "劳动能力", "就业状况", "文化程度", "特殊身份", "死亡日期",
    ]
    public static let enrollments = [
        "证号", "户编号", "救助项目", "状态", "保障方式", "保障成员身份证号", "月保障金额", "分类施保类别", "复核类别",
        "开始日期", "开始原因", "结束日期", "结束原因", "下次复核日期", "受理人工号", "调查人工号", "审批人工号",
        "供养方式", "自愿选择说明",
    ]
    public static let payments = ["证号", "发放月份", "金额", "发放日期", "状态", "流水号"]
    public static let incomes = ["公民身份号码", "收入类别", "收入项目", "金额", "起始月份", "截止月份", "来源"]
    public static let assets = ["公民身份号码", "财产类别", "描述", "价值", "数量或面积", "取得日期", "核对日期", "来源"]
    public static let relations = ["公民身份号码", "关系人身份号码", "关系", "说明"]
    public static let adl = [
        "公民身份号码", "评估日期", "评估人", "进食", "穿衣", "上下床", "如厕", "室内行走", "洗澡", "供养方式", "供养机构",
    ]
    public static let accounts = ["公民身份号码", "开户银行", "账号", "户名"]

    public static let deaths = ["公民身份号码", "姓名", "死亡日期", "火化日期", "死亡信息来源"]
    public static let vehicles = ["公民身份号码", "号牌号码", "车辆类型", "车辆价值", "登记日期"]
    public static let realEstate = ["公民身份号码", "房屋用途", "建筑面积（平方米）", "坐落"]
    public static let businesses = ["公民身份号码", "市场主体名称", "市场主体类型", "注册资本", "登记状态", "身份"]
    public static let payroll = ["公民身份号码", "姓名", "工作单位", "编制类型"]
    public static let programRolls = ["公民身份号码", "姓名", "救助项目", "行政区划代码", "月保障金额", "纳入日期"]
    public static let staffRelatives = [
        "经办人员公民身份号码", "经办人员姓名", "经办人员岗位", "近亲属公民身份号码", "近亲属姓名", "亲属关系", "备案日期",
    ]

    public static let socialInsurance = ["公民身份号码", "姓名", "险种", "缴费基数", "月养老金", "参保日期"]
    public static let providentFund = ["公民身份号码", "姓名", "月缴存额", "账户余额", "开户日期"]
    public static let povertyMonitoring = ["公民身份号码", "姓名", "监测对象类别", "识别日期"]

    /// Roll files in the order they are written and listed.
    public static let rollFiles: [(name: String, header: [String])] = [
        ("regions.csv", regions), ("staff.csv", staff), ("households.csv", households),
        ("enrollments.csv", enrollments), ("payments.csv", payments), ("incomes.csv", incomes),
        ("assets.csv", assets), ("relations.csv", relations), ("adl.csv", adl), ("accounts.csv", accounts),
    ]

    /// Reference files, written under references/.
    public static let referenceFiles: [(name: String, header: [String])] = [
        ("deaths.csv", deaths), ("vehicles.csv", vehicles), ("real_estate.csv", realEstate),
        ("businesses.csv", businesses), ("payroll.csv", payroll), ("program_rolls.csv", programRolls),
        ("staff_relatives.csv", staffRelatives), ("social_insurance.csv", socialInsurance), ("provident_fund.csv", providentFund),
        ("poverty_monitoring.csv", povertyMonitoring),
    ]
}
