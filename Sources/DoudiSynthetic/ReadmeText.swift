import DoudiDomain

/// README.txt: what was generated, from which seed, and how many rows each file has.
enum ReadmeText {
    static func make(_ summary: DemoDataSummary) -> String {
        let options = summary.options
        let roll = summary.roll
        var lines: [String] = []
        lines.append("Doudi 演示数据（合成数据，非真实个人信息）")
        lines.append("")
        lines.append("随机种子: \(options.seed)")
        lines.append("数据截止月份: \(options.asOf.iso)")
        if let recipients = options.recipients {
            lines.append("模式: 规模测试（全省 \(roll.counties) 个县级区划，在保对象 \(recipients) 人）")
        } else {
            lines.append("模式: 演示县（山东省淄博市桓台县）")
        }
        lines.append("同一种子、同一参数生成的文件逐字节相同。")
        lines.append("")
        lines.append("文件及数据行数（不含表头）:")
        for file in summary.files {
            lines.append("  \(file.name)\t\(file.rows)")
        }
        lines.append("")
        lines.append("名册统计:")
        lines.append("  区划: \(roll.counties) 个县级, \(roll.villages) 个村（居）委会")
        lines.append("  家庭 \(roll.households) 户, 人员 \(roll.persons) 人, 工作人员 \(roll.staff) 人")
        lines.append("  在保低保/特困对象 \(roll.enrolledPersons) 人（低保 \(roll.dibaoPersons) 人, 特困 \(roll.tekunPersons) 人）")
        for (index, program) in RollStats.programs.enumerated() {
            lines.append("  \(program): \(roll.enrollmentsByProgram[index]) 条救助记录")
        }
        lines.append("  其中停保 \(roll.endedEnrollments) 条, 渐退 \(roll.taperingEnrollments) 条")
        lines.append("  工作人员近亲属关系（人情保线索）: \(roll.staffRelativeLinks) 条")
        if !summary.referenceHits.isEmpty {
            lines.append("")
            lines.append("部门比对数据（references/）中有意命中名册的行数:")
            for hit in summary.referenceHits {
                lines.append("  \(hit.file): 在保对象 \(hit.enrolled) 行, 其他在册人员 \(hit.otherRollMembers) 行")
            }
            lines.append("  其余行均为名册以外的人员，身份证号不会与名册重复。格式见 docs/reference-templates.md。")
        }
        lines.append("")
        lines.append("有意植入的问题（planted.csv 为逐条答案）：比对运行应得的发现数 / 不应被发现的干扰记录数")
        lines.append("  户级规则（HH-）按数据截止日（\(summary.options.asOf.lastDay.iso)）运行计数；HH-EXIT 列出此前一年内的退出。")
        for rule in AuditRule.allCases {
            lines.append("  \(rule.code)\t\(summary.planted.findings(of: rule))\t\(summary.planted.cleanRecords(of: rule))")
        }
        lines.append("")
        lines.append("说明:")
        lines.append("  生成器规划用的低保标准: 城镇 924 元/人·月, 农村 801 元/人·月（淄博 2023）；特困基本生活标准为其 1.3 倍，")
        lines.append("  照料护理标准 全自理 210 / 部分失能 630 / 完全失能 1260 元；两项补贴、孤儿标准为演示假设值。")
        lines.append("  低保金额由规则按 policy/ 中本县参数测算（与 doudi evaluate 同一规则），HH-AMOUNT 植入的除外；收入见 incomes.csv。")
        lines.append("  单人户成员符合特困条件的列入特困（HH-TEKUN 植入的除外）；渐退范围内停保的注明渐退期满（HH-TAPER 植入的除外）。")
        lines.append("  relations.csv 中 近亲属 行: 公民身份号码为救助家庭成员，关系人身份号码为工作人员。")
        lines.append("  relations.csv 中 赡养 行: 公民身份号码为老人，关系人身份号码为分户居住的子女（赡养义务人）。")
        return lines.joined(separator: "\n") + "\n"
    }
}
