/// A township-level unit (街道 or 镇) with its villages.
struct SynthTownship: Sendable {
    /// The 12-digit code (`county` + 3 digits + "000").
    let code: Int
    let name: String
    let isSubdistrict: Bool
    let villages: [SynthVillage]
}

/// One county of the generated province with its townships.
struct SynthCounty: Sendable {
    let county: ShandongCounty
    let townships: [SynthTownship]

    var code12: Int { county.code * 1_000_000 }
    var villages: [SynthVillage] { townships.flatMap(\.villages) }
}
