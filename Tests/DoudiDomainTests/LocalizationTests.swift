@testable import DoudiDomain
import Testing

@Suite("Localization table")
struct LocalizationTests {
    @Test("Chinese and English tables have the same keys")
    func sameKeys() {
        let tables = Localizer.bundled.tables
        let zh = Set(tables[.zhHans]?.keys ?? [:].keys)
        let en = Set(tables[.en]?.keys ?? [:].keys)
        #expect(!zh.isEmpty)
        #expect(zh.subtracting(en).sorted() == [])
        #expect(en.subtracting(zh).sorted() == [])
    }

    static let vocabularies: [any RegistryCode.Type] = [
        AreaKind.self, Relationship.self, MembershipBasis.self, HukouType.self, DisabilityCategory.self, DisabilityGrade.self,
        LabourCapacity.self, EmploymentStatus.self, SchoolingLevel.self, SpecialStatus.self, Program.self, EnrollmentStatus.self,
        Coverage.self, AssistanceCategory.self, ReviewClass.self, CareForm.self, PaymentStatus.self, IncomeCategory.self,
        AssetKind.self, RelationKind.self, StaffPost.self, IDNumberStatus.self, Sex.self, Role.self,
        VehicleType.self, PropertyType.self, BusinessRole.self, BusinessType.self, BusinessStatus.self, MonitoringCategory.self,
        InsuranceType.self, CloseRelation.self, ReferenceProgram.self,
    ]

    @Test("every vocabulary case has a label in both locales, and parses back from its Chinese label")
    func vocabularyLabels() {
        for vocabulary in Self.vocabularies {
            checkLabels(vocabulary)
        }
    }

    private func checkLabels<C: RegistryCode>(_ type: C.Type) {
        var seen: Set<String> = []
        for code in C.allCases {
            for locale in AppLocale.allCases {
                #expect(Localizer.bundled.hasKey(code.labelKey, locale: locale), "missing \(code.labelKey) in \(locale)")
            }
            let label = code.label()
            #expect(seen.insert(label).inserted, "two cases of \(C.self) share the label \(label)")
            #expect(C.parse(label) == code)
            #expect(C.parse(" \(label) ") == code)
        }
    }

    @Test("every word a policy parameter may hold, every key and every add-on category has a label in both locales")
    func policyLabels() {
        var keys: [String] = []
        for definition in PolicyCatalog.definitions {
            keys.append("policy.key.\(definition.key)")
            switch definition.kind {
            case let .names(words): keys += words.map { "policy.name.\($0)" }
            case let .choice(words): keys += words.map { "policy.choice.\($0)" }
            default: break
            }
        }
        keys += AddOnCategory.allCases.map { "policy.add_on.\($0.rawValue)" }
        keys += ReferenceKind.allCases.map { "reference.kind.\($0.rawValue)" }
        keys += IdentityRule.allCases.flatMap { ["audit.rule.\($0.rawValue).name", "audit.rule.\($0.rawValue).basis"] }
        keys += IdentityProblem.allCases.map(\.labelKey)
        for key in keys {
            for locale in AppLocale.allCases {
                #expect(Localizer.bundled.hasKey(key, locale: locale), "missing \(key) in \(locale)")
            }
        }
    }

    @Test("an other-program roll's programs are Doudi's, in the same order, and then 优抚")
    func referencePrograms() {
        #expect(Array(ReferenceProgram.allCases.prefix(Program.allCases.count)).map(\.rawValue) == Program.allCases.map(\.rawValue))
        #expect(ReferenceProgram.parse("优抚对象") == .preferentialCare && ReferenceProgram.parse("五保") == .tekun)
    }

    @Test("aliases and stored codes parse; unknown text does not")
    func parsing() {
        #expect(DisabilityGrade.parse("二级") == .two)
        #expect(DisabilityGrade.parse("2") == .two)
        #expect(Program.parse("五保") == .tekun)
        #expect(Program.parse("dibao") == .dibao)
        #expect(Sex.parse("女") == .female)
        #expect(AreaKind.parse("城区") == nil)
        #expect(AreaKind.parse("") == nil)
    }

    @Test("placeholders are filled by name")
    func placeholders() {
        #expect(L("import.error.duplicate_row", ["line": "7"]) == "与第 7 行完全重复")
        #expect(L("import.error.duplicate_row", ["line": "7"], locale: .en) == "Duplicate of row 7")
        #expect(L("no.such.key") == "no.such.key")
    }
}
