import Foundation
import Testing
@testable import DoudiDomain

@Suite struct RegionCodeTests {
    private func code(_ text: String) -> RegionCode {
        guard let code = RegionCode(text) else { preconditionFailure("bad fixture \(text)") }
        return code
    }

    @Test func levelsOfValidCodes() {
        #expect(code("110101001001").level == .village)
        #expect(code("110101001000").level == .township)
        #expect(code("110101000000").level == .county)
        #expect(code("110100000000").level == .prefecture)
        #expect(code("110000000000").level == .province)
        #expect(code("441900003000").level == .township) // 东莞: townships directly under the city
        #expect(code("441900003001").level == .village)
        #expect(RegionLevel.province < RegionLevel.village)
    }

    @Test(arguments: ["000000000000", "001010010010", "110101000001", "110001000000", "110000001000",
                      "110000000001", "11010100100", "1101010010011", "11010100100a", "１10101001001", ""])
    func rejectsMalformedOrInconsistentCodes(_ text: String) {
        #expect(RegionCode(text) == nil)
    }

    @Test func prefixInitialiser() {
        #expect(RegionCode(prefix: "11") == code("110000000000"))
        #expect(RegionCode(prefix: "3703") == code("370300000000"))
        #expect(RegionCode(prefix: "370321")?.level == .county)
        #expect(RegionCode(prefix: "110101001") == code("110101001000"))
        #expect(RegionCode(prefix: "110101001001") == code("110101001001"))
        for bad in ["", "1", "110", "11010", "1101010", "00", "1100000001", "11010100100a", "1101010010010"] {
            #expect(RegionCode(prefix: bad) == nil, "\(bad)")
        }
    }

    @Test func prefixIsTheSignificantDigits() {
        #expect(code("370321000000").prefix == "370321")
        #expect(code("110000000000").prefix == "11")
        #expect(code("441900003000").prefix == "441900003")
        #expect(code("110101001001").prefix == "110101001001")
    }

    @Test func parentsAndAncestors() {
        #expect(code("110101001001").parent == code("110101001000"))
        #expect(code("110101001000").parent == code("110101000000"))
        #expect(code("110101000000").parent == code("110100000000"))
        #expect(code("110100000000").parent == code("110000000000"))
        #expect(code("110000000000").parent == nil)
        #expect(code("441900003000").parent == code("441900000000"))
        #expect(code("110101001001").ancestors.map(\.value)
            == ["110000000000", "110100000000", "110101000000", "110101001000"])
    }

    @Test func containment() {
        let county = code("370321000000")
        #expect(county.contains(county))
        #expect(county.contains(code("370321101201")))
        #expect(!county.contains(code("370322101201")))
        #expect(!county.contains(code("370300000000")))
        #expect(code("370000000000").contains(code("379001001001")))
        #expect(!code("370000000000").contains(code("380000000000")))
    }

    @Test func scopeBoundsForSQLRanges() {
        #expect(code("370321000000").scopeBounds == ("370321000000", "370321999999"))
        #expect(code("110000000000").scopeBounds == ("110000000000", "119999999999"))
        #expect(code("441900003000").scopeBounds == ("441900003000", "441900003999"))
        #expect(code("110101001001").scopeBounds == ("110101001001", "110101001001"))
        // Bounds agree with `contains` for random codes.
        var rng = SplitMix64(seed: 3)
        let scope = code("370321000000")
        let (lower, upper) = scope.scopeBounds
        for _ in 0..<2_000 {
            let text = "3703" + String(format: "%02d%03d%03d", Int.random(in: 0...99, using: &rng),
                                       Int.random(in: 0...999, using: &rng), Int.random(in: 0...999, using: &rng))
            guard let other = RegionCode(text) else { continue }
            #expect(scope.contains(other) == (lower <= other.value && other.value <= upper))
        }
    }

    @Test func countyAndTownshipAccessors() {
        #expect(code("110101001001").county == code("110101000000"))
        #expect(code("110101001001").township == code("110101001000"))
        #expect(code("110101000000").county == code("110101000000"))
        #expect(code("110101000000").township == nil)
        #expect(code("110100000000").county == nil)
        #expect(code("441900003001").county == nil)
        #expect(code("441900003001").township == code("441900003000"))
    }

    @Test(arguments: [("001", TownshipKind.subdistrict), ("099", .subdistrict), ("100", .town), ("199", .town),
                      ("200", .township), ("399", .township), ("400", .townshipLike), ("599", .townshipLike)])
    func townshipKinds(_ digits: String, _ kind: TownshipKind) {
        #expect(code("110101\(digits)000").townshipKind == kind)
        #expect(code("110101\(digits)201").townshipKind == kind)
    }

    @Test func townshipKindEdges() {
        #expect(code("110101600000").townshipKind == nil)
        #expect(code("110101000000").townshipKind == nil)
        #expect(TownshipKind.town.chineseName == "镇")
    }

    @Test(arguments: [("001", VillageKind.residentsCommittee), ("199", .residentsCommittee),
                      ("200", .villagersCommittee), ("399", .villagersCommittee),
                      ("400", .residentsCommitteeLike), ("498", .residentsCommitteeLike),
                      ("500", .villagersCommitteeLike), ("598", .villagersCommitteeLike)])
    func villageKinds(_ digits: String, _ kind: VillageKind) {
        #expect(code("110101001\(digits)").villageKind == kind)
    }

    @Test func villageKindEdges() {
        #expect(code("110101001600").villageKind == nil)
        #expect(code("110101001000").villageKind == nil)
        #expect(VillageKind.isVirtual(villageNumber: 498) && VillageKind.isVirtual(villageNumber: 598))
        #expect(!VillageKind.isVirtual(villageNumber: 499))
    }

    @Test func urbanRuralCodes() {
        #expect(UrbanRuralCode.allCases.map(\.rawValue) == [111, 112, 121, 122, 123, 210, 220])
        #expect(UrbanRuralCode.allCases.filter(\.isUrban) == [.mainUrbanArea, .urbanFringe, .townCentre, .townFringe, .specialArea])
        #expect(UrbanRuralCode(rawValue: 113) == nil)
        #expect(UrbanRuralCode.village.chineseName == "村庄")
    }

    @Test func regionValidity() {
        let region = Region(code: code("110103000000"), name: "崇文区",
                            validFrom: CivilDate(iso: "1980-01-01"), validTo: CivilDate(iso: "2010-06-30"))
        #expect(region.isValid(on: CivilDate(iso: "1980-01-01")!))
        #expect(region.isValid(on: CivilDate(iso: "2010-06-30")!))
        #expect(!region.isValid(on: CivilDate(iso: "2010-07-01")!))
        #expect(!region.isValid(on: CivilDate(iso: "1979-12-31")!))
        #expect(Region(code: code("110105000000"), name: "朝阳区").isValid(on: CivilDate(iso: "1900-01-01")!))
        #expect(region.level == .county)
    }

    @Test func codable() throws {
        let data = try JSONEncoder().encode([code("110101001001")])
        #expect(String(decoding: data, as: UTF8.self) == #"["110101001001"]"#)
        #expect(try JSONDecoder().decode([RegionCode].self, from: data) == [code("110101001001")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RegionCode].self, from: Data(#"["110101000001"]"#.utf8))
        }
        let region = Region(code: code("110101001001"), name: "多福巷社区居委会", urbanRural: .mainUrbanArea)
        #expect(try JSONDecoder().decode(Region.self, from: JSONEncoder().encode(region)) == region)
    }
}
