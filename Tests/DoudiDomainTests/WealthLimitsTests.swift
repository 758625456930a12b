import DoudiDomain
import Testing

/// 错保 judgments of single department records against a region's limits (policy reference
/// §1.3, §4.2): each signal on the record that breaks a limit, and none on the record just
/// inside it.
@Suite("Wealth limits")
struct WealthLimitsTests {
    static let limits = WealthLimits(
        exemptVehicles: [.disabilityVehicle, .motorcycle, .electricBike], maxHomes: 1, nonResidentialAllowed: false, exemptBusinesses: [.familyShop],
        standardUrban: Money(fen: 92_400), standardRural: Money(fen: 80_100), incomeShare: .one, providentFundDeposit: .zero)

    @Test("a car or farm machinery is a signal; the exempt kinds are not")
    func vehicles() {
        #expect(Self.limits.vehicle(.car) == .vehicle && Self.limits.vehicle(.farmMachinery) == .vehicle && Self.limits.vehicle(.other) == .vehicle)
        #expect(Self.limits.vehicle(.motorcycle) == nil && Self.limits.vehicle(.disabilityVehicle) == nil)
    }

    @Test("homes count per household against the limit; non-residential property only where not allowed")
    func property() {
        #expect(Self.limits.property(.residential, homesInHousehold: 1) == nil)
        #expect(Self.limits.property(.residential, homesInHousehold: 2) == .homes)
        #expect(Self.limits.property(.parking, homesInHousehold: 0) == .nonResidential)
        let lenient = WealthLimits(exemptVehicles: [], maxHomes: 2, nonResidentialAllowed: true, exemptBusinesses: [],
                                   standardUrban: Self.limits.standardUrban, standardRural: Self.limits.standardRural, incomeShare: .one,
                                   providentFundDeposit: .zero)
        #expect(lenient.property(.shop, homesInHousehold: 0) == nil && lenient.property(.residential, homesInHousehold: 2) == nil)
    }

    @Test("homes across members: co-owners' rows of one home once, one member's equal rows twice, a row without an area on its own")
    func homeCount() {
        typealias Row = WealthLimits.HomeRow
        #expect(WealthLimits.homes([Row(owner: 1, area: 8_950, date: 100), Row(owner: 2, area: 8_950, date: 100)]) == 1)
        #expect(WealthLimits.homes([Row(owner: 1, area: 8_950, date: nil), Row(owner: 1, area: 8_950, date: nil)]) == 2)
        #expect(WealthLimits.homes([Row(owner: 1, area: 8_950, date: 100), Row(owner: 2, area: 8_950, date: nil)]) == 2)
        #expect(WealthLimits.homes([Row(owner: 1, area: nil, date: nil), Row(owner: 2, area: nil, date: nil)]) == 2)
    }

    @Test("a business in existence is a signal unless its type is exempt; a cancelled or revoked one never")
    func businesses() {
        #expect(Self.limits.business(.company, status: .active) == .business)
        #expect(Self.limits.business(.individualBusiness, status: nil) == .business)
        #expect(Self.limits.business(.individualBusiness, status: .movedOut) == .business)
        #expect(Self.limits.business(.familyShop, status: .active) == nil)
        #expect(Self.limits.business(.company, status: .cancelled) == nil && Self.limits.business(.company, status: .revoked) == nil)
    }

    @Test("a pension or an employee's wage base shared over the members above the standard; exactly at it is not")
    func income() {
        // Rural, two members: the line is 1,602.00 yuan.
        #expect(Self.limits.socialInsurance(.employeePension, base: nil, pension: Money(fen: 160_201), members: 2, urban: false) == .pension)
        #expect(Self.limits.socialInsurance(.employeePension, base: nil, pension: Money(fen: 160_200), members: 2, urban: false) == nil)
        // Urban, one member: 924.00.
        #expect(Self.limits.socialInsurance(.employeePension, base: Money(fen: 300_000), pension: nil, members: 1, urban: true) == .wageBase)
        // A resident scheme's base is a chosen tier, not a wage.
        #expect(Self.limits.socialInsurance(.residentPension, base: Money(fen: 300_000), pension: nil, members: 1, urban: true) == nil)
        #expect(Self.limits.socialInsurance(.residentPension, base: nil, pension: Money(fen: 35_000), members: 1, urban: false) == nil)
    }

    @Test("provident-fund deposits above the limit; a sealed account (no deposit) is not")
    func providentFund() {
        #expect(Self.limits.providentFund(deposit: Money(fen: 1)) == .providentFund)
        #expect(Self.limits.providentFund(deposit: .zero) == nil && Self.limits.providentFund(deposit: nil) == nil)
    }
}
