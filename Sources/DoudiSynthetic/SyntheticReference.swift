import DoudiDomain

/// The reference datasets, in file order: the five the scale benchmark sizes, other
/// programs' rolls and the staff's filed relatives, then social insurance and the provident
/// fund (added last, so the earlier files' random streams are unchanged).
enum SyntheticReference: Int, CaseIterable, Sendable {
    case deaths, vehicles, realEstate, businesses, payroll, programRolls, staffRelatives, socialInsurance, providentFund, povertyMonitoring

    /// The rule a hit in this dataset is a finding of (none for the monitoring list, which
    /// marks households for the 漏保 rule instead).
    var rule: IdentityRule? {
        switch self {
        case .deaths: .deceasedRecipient
        case .vehicles: .vehicleOwner
        case .realEstate: .propertyOwner
        case .businesses: .businessPerson
        case .payroll: .publicPayroll
        case .programRolls: .duplicateBenefit
        case .staffRelatives: .staffRelative
        case .socialInsurance: .pensionIncome
        case .providentFund: .providentFund
        case .povertyMonitoring: nil
        }
    }

    /// Rows per roll unit (per enrolled person in scale mode, per person in the demo county):
    /// 2,000,000 recipients give 3 M deaths, 5 M vehicles, 5 M properties, 2 M businesses, 2 M payroll rows
    /// (and 200,000 rows of other rolls), 2 M social-insurance and 1 M provident-fund rows. The
    /// filed relatives follow the staff roster instead.
    var rowsPerUnit: (numerator: Int, denominator: Int) {
        switch self {
        case .deaths: (3, 2)
        case .vehicles, .realEstate: (5, 2)
        case .businesses, .payroll, .socialInsurance: (1, 1)
        case .programRolls: (1, 10)
        case .staffRelatives: (0, 1)
        case .providentFund: (1, 2)
        case .povertyMonitoring: (1, 50)
        }
    }

    /// Share of enrolled (低保/特困) persons deliberately placed in this dataset.
    var enrolledHitRate: Double {
        switch self {
        case .deaths: 0.008
        case .vehicles: 0.010
        case .realEstate: 0.015
        case .businesses: 0.005
        case .payroll: 0.002
        case .programRolls: 0.01
        case .staffRelatives: 0
        case .socialInsurance: 0.03
        case .providentFund: 0.006
        case .povertyMonitoring: 0
        }
    }

    /// Share of other roll members (not on 低保/特困) placed in it: ordinary people own cars.
    var otherHitRate: Double {
        switch self {
        case .deaths: 0.002
        case .vehicles: 0.08
        case .realEstate: 0.10
        case .businesses: 0.03
        case .payroll: 0.03
        case .programRolls: 0.004
        case .staffRelatives: 0
        case .socialInsurance: 0.05
        case .providentFund: 0.03
        case .povertyMonitoring: 0
        }
    }
}
