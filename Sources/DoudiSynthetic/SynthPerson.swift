import DoudiDomain

/// One household member as written to households.csv, plus the few facts other files need.
struct SynthPerson: Sendable {
    var id: String
    var name: String
    var surname: String
    var male: Bool
    var birth: CivilDate
    var age: Int
    /// 与户主关系.
    var relation: String
    /// 成员认定依据.
    var basis: String
    /// Counted in the household for 低保 (57号 art 7); false for 服刑人员 and the like.
    var counted = true
    var ethnicity = "汉族"
    var hukouCode = ""
    var hukouType = ""
    var disability: SynthDisability?
    var illness: String?
    var labour = Labour.notAssessed
    var employment = Employment.preschool
    var education = ""
    var statuses: [String] = []
    var deathDate: CivilDate?
    /// Working away from home (外出务工): makes the rest of the household 留守.
    var worksAway = false
    /// Receives a civil-service or enterprise pension (离退休).
    var retired = false
    /// Married into the family (配偶, 儿媳): different ethnicity draw, more often born elsewhere.
    var marriedIn = false
    /// A planted identity problem on this person (`IdentityPlant`); the written row shows it.
    var plant: IdentityPlant?

    var isElderly: Bool { age >= 60 }
    var isMinor: Bool { age < 18 }
    var isSevereDisabled: Bool { disability?.isSevere ?? false }
}
