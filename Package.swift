// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "mmprep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mmprep", targets: ["mmprep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "QuestionBank",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ExamEngine", dependencies: ["QuestionBank"]),
        .target(
            name: "ExamStore",
            dependencies: ["QuestionBank", "ExamEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "mmprep",
            dependencies: [
                "QuestionBank", "ExamEngine", "ExamStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["QuestionBank", "ExamEngine"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "QuestionBankTests", dependencies: ["QuestionBank", "TestSupport"]),
        .testTarget(name: "ExamEngineTests", dependencies: ["ExamEngine", "TestSupport"]),
        .testTarget(name: "ExamStoreTests", dependencies: ["ExamStore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
