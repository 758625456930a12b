import DoudiDomain

/// Creates roster members with their own unique IDs, numbered per county.
struct StaffFactory {
    private let countyCode: Int
    private var next = 1

    init(countyCode: Int) {
        self.countyCode = countyCode
    }

    mutating func make(
        post: String, region: Int, builder: inout HouseholdBuilder, surname: String? = nil, age: Int? = nil
    ) -> SynthStaff {
        let years = age ?? builder.rng.triangular(26...58, mode: 42)
        // Village officials are mostly men; caseworkers are mostly women.
        let male = builder.rng.chance(post == "村干部" ? 0.75 : 0.4)
        let person = builder.person(age: years, male: male, surname: surname, relation: "户主", basis: "本人")
        defer { next += 1 }
        return SynthStaff(
            number: String(countyCode) + FastText.padded(next, width: 4), name: person.name, id: person.id,
            post: post, region: String(region)
        )
    }
}
