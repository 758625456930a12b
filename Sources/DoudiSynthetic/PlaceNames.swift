/// Morphemes for synthetic township, village and community names in the style of rural Shandong
/// (东王村, 李家庄, 前刘村, 锦华社区). Real names are used only for 桓台县's townships.
enum PlaceNames {
    /// 桓台县's townships: 2 街道 then 10 镇 (the demo brief's list).
    static let huantaiTownships: [(name: String, subdistrict: Bool)] = [
        ("索镇街道", true), ("少海街道", true), ("唐山镇", false), ("果里镇", false), ("马桥镇", false),
        ("新城镇", false), ("田庄镇", false), ("荆家镇", false), ("起凤镇", false), ("周家镇", false),
        ("侯庄镇", false), ("陈庄镇", false),
    ]

    private static let directions = ["东", "西", "南", "北", "前", "后", "大", "小", "上", "下", "中", "新"]
    private static let villageSurnames = [
        "王", "张", "李", "刘", "孙", "陈", "杨", "赵", "徐", "高", "于", "马", "宋", "田", "韩", "姜", "郭",
        "孟", "崔", "董", "周", "朱", "吴", "胡", "曹", "许", "魏", "邢", "侯", "石", "贾", "任", "毕", "耿",
    ]
    private static let features = [
        "河", "桥", "庄", "店", "集", "营", "屯", "岭", "湖", "泉", "坡", "寨", "楼", "官", "埠", "洼", "沟",
        "林", "园", "台", "堤", "渡", "口", "坊",
    ]
    private static let fineWords = [
        "锦华", "福苑", "和平", "幸福", "金城", "兴华", "东岳", "建设", "文苑", "康乐", "鸿福", "怡景", "安居",
        "丰华", "瑞祥", "新华", "光明", "汇丰", "润泽", "嘉园", "华兴", "锦绣", "盛世", "富康", "惠民", "明珠",
        "清河", "泰和", "裕华", "鑫源", "云溪", "祥和", "长安", "永安", "银河", "朝阳",
    ]
    private static let townStems = [
        "龙泉", "石桥", "柳林", "杏林", "桃园", "凤凰", "白马", "黄河", "青山", "金岭", "双庙", "三合", "五里",
        "高集", "王庄", "李营", "张店", "刘集", "马坊", "大王", "小清", "新兴", "古城", "东关", "西关", "南河",
        "北洼", "朱台", "孙集", "徐庄", "郭店", "田家", "杨柳", "梨园", "枣林", "花沟", "沙河", "红庙", "官庄",
        "河口", "崖头", "岔河", "仁和", "义和", "永乐", "太平", "常庄", "辛店", "郝家", "蔡庄",
    ]

    /// A township name; `subdistrict` gives a 街道.
    static func township(subdistrict: Bool, _ rng: inout SplitMix64) -> String {
        rng.pick(townStems) + (subdistrict ? "街道" : "镇")
    }

    /// A village's short name (东王村, 李家庄, 前河村).
    static func village(_ rng: inout SplitMix64) -> String {
        switch rng.below(5) {
        case 0: rng.pick(directions) + rng.pick(villageSurnames) + "村"
        case 1: rng.pick(villageSurnames) + "家庄"
        case 2: rng.pick(directions) + rng.pick(features) + "村"
        case 3: rng.pick(villageSurnames) + rng.pick(features) + "村"
        default: rng.pick(directions) + rng.pick(villageSurnames) + "家村"
        }
    }

    /// A community's short name (锦华社区).
    static func community(_ rng: inout SplitMix64) -> String {
        rng.pick(fineWords) + "社区"
    }
}
