// swift-tools-version:6.0
import PackageDescription

// Doudi: one package, four layers.
// - DoudiDomain: pure value types and rules; imports Foundation only.
// - DoudiMatch: framework-free fast matching over packed 64-bit ID keys.
// - DoudiSheets: CSV and XLSX reading and writing (ZIPFoundation + Foundation's XML parser).
// - DoudiPolicyFiles: reads the dated regional parameters (policy/) and the rule test
//   cases (policy-tests/) from YAML, with file and line in every error.
// - App: Vapor + Fluent: persistence, scoped data access, commands, pages.
// - doudi: the one executable; every batch job is a subcommand of it.
let package = Package(
    name: "Doudi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "doudi", targets: ["doudi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/JohnSundell/Plot.git", exact: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        // Tests only: validates /api/openapi.json as an OpenAPI 3.0 document.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", exact: "6.4.0"),
    ],
    targets: [
        .target(
            name: "DoudiDomain",
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DoudiMatch",
            dependencies: ["DoudiDomain"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DoudiSheets",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DoudiPolicyFiles",
            dependencies: ["DoudiDomain", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DoudiSynthetic",
            dependencies: ["DoudiDomain", "DoudiSheets"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "App",
            dependencies: [
                "DoudiDomain",
                "DoudiMatch",
                "DoudiSheets",
                "DoudiSynthetic",
                "DoudiPolicyFiles",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "doudi",
            dependencies: ["App"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DoudiDomainTests",
            dependencies: ["DoudiDomain"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DoudiMatchTests",
            dependencies: ["DoudiMatch", "DoudiSynthetic"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DoudiSheetsTests",
            dependencies: ["DoudiSheets"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DoudiPolicyTests",
            dependencies: ["DoudiPolicyFiles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DoudiSyntheticTests",
            dependencies: ["DoudiSynthetic", "DoudiPolicyFiles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

var swiftSettings: [SwiftSetting] { [
    .enableUpcomingFeature("ExistentialAny"),
    // Release builds let the App specialise the domain's generic parsers (CitizenID,
    // CivilDate, RegistryCode …) across module boundaries; unspecialised, they spent much
    // of a million-row import in runtime metadata lookups. See docs/PERFORMANCE.md.
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
] }
