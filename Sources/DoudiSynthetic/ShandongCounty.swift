/// A county-level division of 山东省 and its prefecture.
struct ShandongCounty: Sendable {
    let code: Int
    let name: String
    let cityCode: Int
    let cityName: String

    /// 区 are mostly urban; 县 and county-level 市 mostly rural.
    var isDistrict: Bool { name.hasSuffix("区") }
}
