import Foundation
import Testing
@testable import DoudiDomain

@Suite struct RegionCatalogTests {
    private func code(_ text: String) -> RegionCode {
        guard let code = RegionCode(text) else { preconditionFailure("bad fixture \(text)") }
        return code
    }

    private func catalog(_ text: String) throws(RegionCatalogError) -> RegionCatalog {
        try RegionCatalog(csv: Data(text.utf8))
    }

    private func failure(_ text: String) -> RegionCatalogError? {
        failure(Data(text.utf8))
    }

    private func failure(_ data: Data) -> RegionCatalogError? {
        do { _ = try RegionCatalog(csv: data); return nil } catch { return error }
    }

    static let sample = #"""
        code,name,urban_rural,valid_from,valid_to
        110101001001,多福巷社区居委会,111,,
        110000000000,北京市,,,
        110101000000,东城区,,,
        110100000000,市辖区,,,
        110101001000,东华门街道,,,
        110101001002,银闸社区居委会,111,2000-01-01,
        110103000000,崇文区,,1980-01-01,2010-06-30

        441900000000,东莞市,,,
        441900003000,"东城街道",,,
        441900003001,"社区, ""甲""",112,,
        440000000000,广东省,,,

        """#

    @Test func loadsAndLooksUp() throws {
        let regions = try catalog(Self.sample)
        #expect(regions.count == 11)
        #expect(regions.region(code("110101001001"))?.name == "多福巷社区居委会")
        #expect(regions.region(code("110101001001"))?.urbanRural == .mainUrbanArea)
        #expect(regions.region(code("110103000000"))?.validTo == CivilDate(iso: "2010-06-30"))
        #expect(regions.region(code("110101001002"))?.validFrom == CivilDate(iso: "2000-01-01"))
        #expect(regions.region(code("441900003001"))?.name == #"社区, "甲""#)
        #expect(regions.region(code("110102000000")) == nil)
        #expect(regions.allRegions.map(\.code) == regions.allRegions.map(\.code).sorted())
    }

    @Test func childrenAncestorsAndDescendants() throws {
        let regions = try catalog(Self.sample)
        #expect(regions.children(of: code("110101001000")).map(\.code.value) == ["110101001001", "110101001002"])
        #expect(regions.children(of: code("110100000000")).map(\.code.value) == ["110101000000", "110103000000"])
        #expect(regions.children(of: code("110000000000")).map(\.code.value) == ["110100000000"])
        #expect(regions.children(of: code("441900000000")).map(\.code.value) == ["441900003000"])
        #expect(regions.children(of: code("110101001001")).isEmpty)
        #expect(regions.children(of: code("120000000000")).isEmpty)
        #expect(regions.ancestors(of: code("110101001002")).map(\.name) == ["北京市", "市辖区", "东城区", "东华门街道"])
        #expect(regions.ancestors(of: code("441900003001")).map(\.name) == ["广东省", "东莞市", "东城街道"])
        #expect(regions.descendants(of: code("110101000000")).count == 4)
        #expect(regions.descendants(of: code("110101000000"), includingSelf: false).count == 3)
    }

    @Test func acceptsBOMAndCRLF() throws {
        let text = "\u{FEFF}code,name,urban_rural,valid_from,valid_to\r\n110000000000,北京市,,,\r\n110100000000,市辖区,,,"
        let regions = try catalog(text)
        #expect(regions.count == 2)
        #expect(regions.region(code("110100000000"))?.name == "市辖区")
    }

    @Test func programmaticCatalogue() throws {
        let regions = try RegionCatalog(regions: [Region(code: code("110100000000"), name: "市辖区"),
                                                  Region(code: code("110000000000"), name: "北京市")])
        #expect(regions.children(of: code("110000000000")).map(\.name) == ["市辖区"])
        #expect(throws: RegionCatalogError(line: 2, reason: .duplicateCode)) {
            try RegionCatalog(regions: [Region(code: code("110000000000"), name: "a"),
                                        Region(code: code("110000000000"), name: "b")])
        }
    }

    @Test func errorsNameTheLineAndReason() {
        let header = "code,name,urban_rural,valid_from,valid_to\n"
        #expect(failure("") == .init(line: 1, reason: .badHeader))
        #expect(failure("code,name\n110000000000,北京市") == .init(line: 1, reason: .badHeader))
        #expect(failure(header + "110000000000,北京市,,\n") == .init(line: 2, reason: .fieldCount(4)))
        #expect(failure(header + "110000000000,北京市,,,,\n") == .init(line: 2, reason: .fieldCount(6)))
        #expect(failure(header + "\n11000000000,北京市,,,\n") == .init(line: 3, reason: .badCode))
        #expect(failure(header + "11000000000x,北京市,,,\n") == .init(line: 2, reason: .badCode))
        #expect(failure(header + "110000000001,北京市,,,\n") == .init(line: 2, reason: .inconsistentCode))
        #expect(failure(header + "110000000000,,,,\n") == .init(line: 2, reason: .emptyName))
        #expect(failure(header + "110000000000,北京市,113,,\n") == .init(line: 2, reason: .badUrbanRural))
        #expect(failure(header + "110000000000,北京市,1111,,\n") == .init(line: 2, reason: .badUrbanRural))
        #expect(failure(header + "110000000000,北京市,,2024-02-30,\n") == .init(line: 2, reason: .badDate))
        #expect(failure(header + "110000000000,北京市,,,2024/01/01\n") == .init(line: 2, reason: .badDate))
        #expect(failure(header + "110000000000,北京市,,2024-01-02,2024-01-01\n")
            == .init(line: 2, reason: .validToBeforeValidFrom))
        #expect(failure(header + "110000000000,北京市,,,\n110100000000,市辖区,,,\n110000000000,又,,,\n")
            == .init(line: 4, reason: .duplicateCode))
        #expect(failure(header + "110000000000,\"北京市,,,\n") == .init(line: 2, reason: .badQuoting))
        #expect(failure(header + "110000000000,\"北京\"市,,,\n") == .init(line: 2, reason: .badQuoting))
        #expect(failure(header + "110000000000,北\"京,,,\n") == .init(line: 2, reason: .badQuoting))
        var bad = Data((header + "110000000000,").utf8)
        bad.append(contentsOf: [0xE5, 0x8C, 0x97, 0xFF])
        bad.append(contentsOf: Array(",,,\n".utf8))
        #expect(failure(bad) == .init(line: 2, reason: .invalidUTF8))
        #expect(RegionCatalogError(line: 7, reason: .badDate).description.contains("line 7"))
    }

    /// A national-size file (the 2018 release had 713,479 rows): 30 provinces × 5 prefectures × 6
    /// counties × 30 townships × 25 villages, plus the levels above.
    @Test func loadsANationalSizeCatalogue() throws {
        var csv: [UInt8] = Array("code,name,urban_rural,valid_from,valid_to\n".utf8)
        csv.reserveCapacity(30_000_000)
        var rows = 0
        func append(_ key: UInt64, _ urbanRural: String) {
            let digits = Array(String(key).utf8)
            csv.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 12 - digits.count))
            csv.append(contentsOf: digits)
            csv.append(contentsOf: Array(",某某社区居委会,".utf8))
            csv.append(contentsOf: Array(urbanRural.utf8))
            csv.append(contentsOf: Array(",2020-01-01,\n".utf8))
            rows += 1
        }
        for province in UInt64(11)...40 {
            append(province * 10_000_000_000, "")
            for prefecture in UInt64(1)...5 {
                let p = province * 10_000_000_000 + prefecture * 100_000_000
                append(p, "")
                for county in UInt64(1)...6 {
                    let c = p + county * 1_000_000
                    append(c, "")
                    for township in UInt64(1)...30 {
                        let t = c + township * 1_000
                        append(t, "")
                        for village in UInt64(1)...25 { append(t + village, village % 2 == 0 ? "220" : "111") }
                    }
                }
            }
        }
        #expect(rows == 703_080)
        let catalog = try RegionCatalog(csv: Data(csv))
        #expect(catalog.count == rows)
        #expect(catalog.children(of: code("400506030000")).count == 25)
        #expect(catalog.children(of: code("400000000000")).count == 5)
        #expect(catalog.region(code("400506030024"))?.urbanRural == .village)
        #expect(catalog.region(code("400506030025"))?.urbanRural == .mainUrbanArea)
    }
}
