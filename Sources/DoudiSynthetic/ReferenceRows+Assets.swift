import DoudiDomain

/// Vehicles, real estate, businesses and payroll rows.
extension ReferenceRows {
    /// 鲁 plate letters by prefecture, in `ShandongCatalog` city order (济南 A … 菏泽 R).
    private static let plateLetters: [Int: String] = [
        370100: "A", 370200: "B", 370300: "C", 370400: "D", 370500: "E", 370600: "F", 370700: "G", 370800: "H",
        370900: "J", 371000: "K", 371100: "L", 371300: "Q", 371400: "N", 371500: "P", 371600: "M", 371700: "R",
    ]
    private static let plateCharacters = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".utf8)

    /// (type, value range in thousands of yuan, weight).
    private static let vehicleTypes: [(String, ClosedRange<Int>, Int)] = [
        ("小型轿车", 40...350, 56), ("小型普通客车", 60...300, 12), ("小型越野客车", 80...500, 8),
        ("轻型普通货车", 40...150, 6), ("重型半挂牵引车", 150...500, 2), ("中型普通客车", 100...400, 1),
        ("普通二轮摩托车", 3...20, 8), ("三轮汽车", 5...30, 4), ("低速货车", 8...40, 3),
    ]
    private static let expensive = WeightedTable<Int>((0..<6).map { ($0, vehicleTypes[$0].2) })
    private static let cheapTypes = WeightedTable<Int>((6..<9).map { ($0, vehicleTypes[$0].2) })

    /// Returns the vehicle's type, as the import reads the one written.
    @discardableResult
    mutating func vehicle(owner: String, county: Int, cheap: Double, into file: TableFile) -> VehicleType {
        let type = Self.vehicleTypes[(rng.chance(cheap) ? Self.cheapTypes : Self.expensive).draw(&rng)]
        let letter = Self.plateLetters[ShandongCatalog.counties[county].cityCode] ?? "C"
        let electric = type.0 == "小型轿车" && rng.chance(0.12)
        var plate = [UInt8]("鲁".utf8) + Array(letter.utf8)
        if electric { plate.append(rng.chance(0.8) ? UInt8(ascii: "D") : UInt8(ascii: "F")) }
        for _ in 0..<5 { plate.append(Self.plateCharacters[rng.below(Self.plateCharacters.count)]) }
        file.field(owner); file.field(String(decoding: plate, as: UTF8.self)); file.field(type.0)
        file.field(FastText.yuan(fen: Int64(rng.int(type.1)) * 100_000 + Int64(rng.below(100)) * 10_000))
        file.field(FastText.date(asOf.adding(days: -rng.int(30...7300))))
        return VehicleType.parse(type.0) ?? .other
    }

    /// (type, area range in m², weight).
    private static let propertyTypes = WeightedTable<(String, ClosedRange<Int>)>([
        (("住宅", 45...180), 72), (("农村宅基地房屋", 80...220), 10), (("商业服务", 20...400), 6),
        (("车位", 12...40), 7), (("办公", 30...300), 3), (("工业", 200...3000), 2),
    ])
    private static let roads = [
        "人民路", "中心路", "华光路", "建设路", "解放路", "北京路", "新华路", "和平路", "泰山路", "黄河路", "长江路",
        "府前街", "文化路", "胜利路", "公园路", "滨河路", "工业路", "东风路", "振兴路", "青年路", "柳泉路", "共青团路",
    ]

    /// Returns the type and the floor area (hundredths of a m²) written. `residential` makes
    /// it a home whatever the draw.
    @discardableResult
    mutating func property(owner: String, county: Int, home: String?, residential: Bool = false, into file: TableFile) -> (type: PropertyType, area: Int) {
        var (type, areas) = Self.propertyTypes.draw(&rng)
        if (home != nil && type == "工业") || (residential && !type.hasPrefix("住宅") && type != "农村宅基地房屋") { type = "住宅"; areas = 45...180 }
        let area = rng.int(areas) * 100 + rng.below(100)
        let place = ShandongCatalog.counties[county]
        let location: String
        if type == "农村宅基地房屋" {
            location = home ?? place.cityName + place.name + PlaceNames.township(subdistrict: false, &rng) + PlaceNames.village(&rng) + String(rng.int(1...380)) + "号"
        } else {
            var text = place.cityName + place.name + rng.pick(Self.roads) + String(rng.int(1...999)) + "号"
            if type == "住宅" { text += String(rng.int(1...30)) + "号楼" + String(rng.int(1...4)) + "单元" + String(rng.int(1...26)) + "0" + String(rng.int(1...4)) + "室" }
            if type == "车位" { text += "地下车库" + String(rng.int(1...600)) + "号车位" }
            location = text
        }
        file.field(owner); file.field(type); file.field(EnrollmentPlanner.area(area)); file.field(location)
        return (PropertyType.parse(type) ?? .other, area)
    }

    private static let trades = ["小吃店", "超市", "五金店", "理发店", "服装店", "汽修部", "烟酒店", "水果店", "农资店", "饭店", "快递服务站", "养殖场", "建材店", "家电维修部"]
    private static let industries = ["商贸", "建材", "机械", "化工", "食品", "物流", "电子科技", "农业科技", "餐饮管理", "建筑工程", "装饰工程", "汽车服务", "纺织", "印刷", "家政服务"]
    private static let brands = ["鑫源", "华泰", "恒通", "金鼎", "瑞丰", "宏达", "鲁信", "泰和", "永兴", "顺发", "汇通", "博远", "盛世", "天元", "齐鲁", "海岱"]
    private static let statuses = WeightedTable<String>([("存续", 82), ("注销", 10), ("吊销", 5), ("迁出", 3)])

    /// Returns the type and the 登记状态 written, as the import reads them. A third of the
    /// small ones are 无雇工的夫妻小店, which a region may exempt.
    @discardableResult
    mutating func business(person: String, county: Int, small: Double, into file: TableFile) -> (BusinessType, BusinessStatus?) {
        let place = ShandongCatalog.counties[county]
        let name, type, role: String
        let capital: Int64?
        if rng.chance(small) {
            name = BankAccountFactory.shortName(ofCounty: place.name) + PersonNames.surname(&rng) + "记" + rng.pick(Self.trades)
            (type, role, capital) = (rng.chance(0.33) ? "无雇工的夫妻小店" : "个体工商户", "经营者",
                                     rng.chance(0.5) ? Int64(rng.int(1...50)) * 1_000_000 : nil)
        } else {
            let city = BankAccountFactory.shortName(ofCounty: place.cityName)
            let u = rng.unit()
            if u < 0.75 {
                name = city + rng.pick(Self.brands) + rng.pick(Self.industries) + "有限公司"
                (type, role, capital) = ("有限责任公司", rng.chance(0.4) ? "法定代表人" : "股东", Int64(rng.int(10...1000)) * 1_000_000)
            } else if u < 0.88 {
                name = BankAccountFactory.shortName(ofCounty: place.name) + rng.pick(Self.brands) + "种植专业合作社"
                (type, role, capital) = ("农民专业合作社", rng.chance(0.3) ? "法定代表人" : "成员", Int64(rng.int(10...200)) * 1_000_000)
            } else if u < 0.95 {
                name = city + rng.pick(Self.brands) + rng.pick(Self.industries) + "经营部"
                (type, role, capital) = ("个人独资企业", "投资人", Int64(rng.int(5...100)) * 1_000_000)
            } else {
                name = city + rng.pick(Self.brands) + rng.pick(Self.industries) + "中心（有限合伙）"
                (type, role, capital) = ("合伙企业", rng.chance(0.5) ? "执行事务合伙人" : "合伙人", Int64(rng.int(10...500)) * 1_000_000)
            }
        }
        file.field(person); file.field(name); file.field(type)
        let status = Self.statuses.draw(&rng)
        file.optional(capital.map { FastText.yuan(fen: $0) }); file.field(status); file.field(role)
        return (BusinessType.parse(type) ?? .other, BusinessStatus.parse(status))
    }

    private static let units = [
        "人民政府办公室", "教育和体育局", "第一中学", "第二实验小学", "人民医院", "中医院", "财政局", "自然资源局",
        "市场监督管理局", "公安局", "住房和城乡建设局", "交通运输局", "卫生健康局", "农业农村局", "水利局", "城市管理局",
    ]
    private static let categories = WeightedTable<String>([
        ("公务员", 25), ("参照公务员法管理人员", 8), ("事业单位在编人员", 45), ("编外聘用人员", 15), ("离退休人员", 7),
    ])
    private static let hitCategories = WeightedTable<String>([("事业单位在编人员", 30), ("编外聘用人员", 55), ("离退休人员", 15)])

    mutating func payroll(id: String, name: String, county: Int, hit: Bool, into file: TableFile) {
        let place = ShandongCatalog.counties[county]
        let unit = rng.chance(0.2)
            ? place.name + PlaceNames.township(subdistrict: rng.chance(0.3), &rng) + "人民政府"
            : place.name + rng.pick(Self.units)
        file.field(id); file.field(name); file.field(unit); file.field((hit ? Self.hitCategories : Self.categories).draw(&rng))
    }
}
