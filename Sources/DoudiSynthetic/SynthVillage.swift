/// A village (村委会) or community (居委会): the 12-digit unit every household belongs to.
struct SynthVillage: Sendable {
    /// The 12-digit 统计用区划代码.
    let code: Int
    let codeText: String
    /// The name used in addresses (东王村, 锦华社区).
    let shortName: String
    /// The name as listed in the code table (东王村委会, 锦华社区居委会).
    let registeredName: String
    /// 城乡分类代码: 111/112/121 for 居委会, 210/220 for 村委会.
    let urbanRuralCode: Int
    let townshipName: String
    let countyName: String
    /// 桓台 for 桓台县: the prefix of the local 农商银行's name.
    let countyShortName: String
    /// Relative size, used to apportion households.
    let weight: Int

    /// 城镇 or 农村 for benefit standards: the urban classes (1xx) are 城镇.
    var isUrban: Bool { urbanRuralCode < 200 }
}
