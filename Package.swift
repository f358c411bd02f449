// swift-tools-version:6.0
import PackageDescription

/// Every target compiles in Swift 6 language mode with warnings treated as errors.
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "SupportStream",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "supportstream", targets: ["supportstream"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "KafkaClient",
            dependencies: ["CRdKafka", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "TextInference",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "Storage",
            dependencies: ["CSQLite"],
            swiftSettings: strict
        ),
        .target(
            name: "Telemetry",
            swiftSettings: strict
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "KafkaClient", "TextInference", "Storage", "Telemetry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "supportstream",
            dependencies: [
                "Pipeline", "KafkaClient", "TextInference", "Telemetry", "Storage", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "KafkaClientTests", dependencies: ["KafkaClient"], swiftSettings: strict),
        .testTarget(name: "TextInferenceTests", dependencies: ["TextInference"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "StorageTests", dependencies: ["Storage"], swiftSettings: strict),
        .testTarget(name: "TelemetryTests", dependencies: ["Telemetry"], swiftSettings: strict),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Telemetry", "Storage"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
