/// Lays out the townships and villages of a county. Codes follow 统计用区划代码 practice:
/// 街道 001–099 and 镇 100–199 under the county; 居委会 001–199 and 村委会 200–399 under the township.
enum RegionPlanner {
    static func plan(_ county: ShandongCounty, seed: UInt64) -> SynthCounty {
        var rng = SplitMix64(seed: seed, stream: 0x5245_4749_0000_0000 | UInt64(county.code))
        var specs: [(name: String, subdistrict: Bool)] = []
        if county.code == ShandongCatalog.demoCountyCode {
            specs = PlaceNames.huantaiTownships
        } else {
            let streets = county.isDistrict ? rng.int(4...8) : rng.int(2...4)
            let towns = county.isDistrict ? rng.int(2...5) : rng.int(8...13)
            var used = Set<String>()
            for index in 0..<(streets + towns) {
                var name = PlaceNames.township(subdistrict: index < streets, &rng)
                while used.contains(name) { name = PlaceNames.township(subdistrict: index < streets, &rng) }
                used.insert(name)
                specs.append((name, index < streets))
            }
        }
        var townships: [SynthTownship] = []
        var usedVillageNames = Set<String>()
        var streetNumber = 0, townNumber = 99
        for spec in specs {
            let number: Int
            if spec.subdistrict { streetNumber += 1; number = streetNumber } else { townNumber += 1; number = townNumber }
            let townshipCode = (county.code * 1000 + number) * 1000
            let villages = makeVillages(
                townshipCode: townshipCode, township: spec.name, county: county.name,
                subdistrict: spec.subdistrict, used: &usedVillageNames, &rng
            )
            townships.append(SynthTownship(code: townshipCode, name: spec.name, isSubdistrict: spec.subdistrict, villages: villages))
        }
        return SynthCounty(county: county, townships: townships)
    }

    private static func makeVillages(
        townshipCode: Int, township: String, county: String, subdistrict: Bool,
        used: inout Set<String>, _ rng: inout SplitMix64
    ) -> [SynthVillage] {
        // 街道 are mostly 居委会 (主城区/城乡结合区); 镇 have a few 镇中心区 communities and many villages.
        let communities = subdistrict ? rng.int(16...20) : rng.int(1...3)
        let villageCount = subdistrict ? rng.int(2...5) : rng.int(16...21)
        var result: [SynthVillage] = []
        for index in 0..<(communities + villageCount) {
            let isCommunity = index < communities
            var name = isCommunity ? PlaceNames.community(&rng) : PlaceNames.village(&rng)
            var attempts = 0
            while used.contains(name), attempts < 50 {
                name = isCommunity ? PlaceNames.community(&rng) : PlaceNames.village(&rng)
                attempts += 1
            }
            if used.contains(name) { name = (isCommunity ? "第\(index + 1)" : "新\(index + 1)") + name }
            used.insert(name)
            let number = isCommunity ? index + 1 : 200 + (index - communities) + 1
            let classCode: Int
            let weight: Int
            if isCommunity {
                classCode = subdistrict ? (rng.chance(0.8) ? 111 : 112) : 121
                weight = classCode == 111 ? 14 : classCode == 112 ? 12 : 10
            } else {
                // The first 村委会 of a town is its seat (乡中心区, 210); the rest are 村庄 (220).
                classCode = (!subdistrict && index == communities) ? 210 : 220
                weight = classCode == 210 ? 10 : 7
            }
            let code = townshipCode + number
            result.append(SynthVillage(
                code: code, codeText: String(code), shortName: name,
                registeredName: isCommunity ? name + "居委会" : name + (name.hasSuffix("村") ? "委会" : "村委会"),
                urbanRuralCode: classCode, townshipName: township, countyName: county,
                countyShortName: BankAccountFactory.shortName(ofCounty: county), weight: weight
            ))
        }
        return result
    }
}
