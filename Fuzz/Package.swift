// swift-tools-version: 6.0
// Fuzz targets for the bank parser and the importers, kept out of the main package so that a
// plain `swift build` / `swift test` never needs libFuzzer. QuestionBank is the main package's
// own source, reached through the symlink Sources/QuestionBank. Build and run with
// scripts/reliability/fuzz.sh (scratch path .build-fuzz).
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]

let package = Package(
    name: "mmprep-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "QuestionBank",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: fuzzer
        ),
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "mmprep-fuzz",
            dependencies: ["QuestionBank", "CFuzzerDriver"],
            swiftSettings: fuzzer,
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
