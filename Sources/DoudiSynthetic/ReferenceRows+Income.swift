import DoudiDomain

/// Social-insurance and provident-fund rows: what 人社 and the 公积金中心 hold of a person's
/// pension, wage (the employee contribution base) and deposits.
extension ReferenceRows {
    /// One social-insurance row, written: the scheme, the contribution base and the pension.
    struct Insurance {
        let type: InsuranceType
        let baseFen: Int64?
        let pensionFen: Int64?
    }

    /// `employeeShare` of them are in the employees' scheme. Retired people draw a pension (an employee's of 1,500–4,500 yuan, a resident's of
    /// 150–400); people of working age contribute, employees on a wage base of 2,500–7,000
    /// yuan, residents at a yearly tier (no monthly base). A few are unemployment-insured.
    @discardableResult
    mutating func insurance(id: String, name: String, age: Int, employeeShare: Double, into file: TableFile) -> Insurance {
        let employee = rng.chance(employeeShare)
        let row: Insurance
        if age >= 60 {
            row = employee ? Insurance(type: .employeePension, baseFen: nil, pensionFen: Int64(rng.int(1_500...4_500)) * 100)
                : Insurance(type: .residentPension, baseFen: nil, pensionFen: Int64(rng.int(150...400)) * 100)
        } else if employee {
            row = Insurance(type: rng.chance(0.85) ? .employeePension : .unemployment, baseFen: Int64(rng.int(25...70)) * 10_000, pensionFen: nil)
        } else {
            row = Insurance(type: .residentPension, baseFen: nil, pensionFen: nil)
        }
        file.field(id); file.field(name); file.field(row.type.label(.zhHans))
        file.optional(row.baseFen.map { FastText.yuan(fen: $0) }); file.optional(row.pensionFen.map { FastText.yuan(fen: $0) })
        file.field(FastText.date(asOf.adding(days: -rng.int(365...9000))))
        return row
    }

    /// A provident-fund account: most pay in each month (200–1,500 yuan); a sealed account
    /// (封存, the holder left the job) pays nothing and keeps its balance.
    @discardableResult
    mutating func providentFund(id: String, name: String, into file: TableFile) -> Int64 {
        let deposit: Int64 = rng.chance(0.35) ? 0 : Int64(rng.int(20...150)) * 1_000
        file.field(id); file.field(name); file.field(FastText.yuan(fen: deposit))
        file.field(FastText.yuan(fen: Int64(rng.int(1...900)) * 10_000 + Int64(rng.below(100))))
        file.field(FastText.date(asOf.adding(days: -rng.int(365...6000))))
        return deposit
    }

    mutating func person(county: Int, ages: ClosedRange<Int>, mode: Int) -> (id: String, name: String, age: Int) {
        let male = rng.chance(0.52), age = rng.triangular(ages, mode: mode)
        let (id, birth) = ids.allocate(countyIndex: county, birth: birthDate(age: age).adding(days: -rng.below(365)), male: male)
        return (id, PersonNames.full(surname: PersonNames.surname(&rng), male: male, birthYear: birth.year, &rng), age)
    }
}
