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
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "QuestionBank",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "ExamEngine", dependencies: ["QuestionBank"]),
        .target(name: "LearningModel", dependencies: ["QuestionBank", "ExamEngine"]),
        .target(
            name: "ExamStore",
            dependencies: ["QuestionBank", "ExamEngine", "LearningModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "TerminalUI"),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        .target(name: "ExamApp", dependencies: ["QuestionBank", "ExamEngine", "LearningModel", "TerminalUI"]),
        .executableTarget(
            name: "mmprep",
            dependencies: [
                "QuestionBank", "ExamEngine", "LearningModel", "ExamStore", "TerminalUI",
                "CursesBackend", "ExamApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "mmprep-bench-learning",
            dependencies: ["LearningModel", "ExamEngine", "QuestionBank"],
            path: "Benchmarks/LearningBenchmark"
        ),
        .executableTarget(
            name: "mmprep-bench",
            dependencies: [
                "QuestionBank", "ExamEngine", "LearningModel", "ExamStore", "TerminalUI", "CursesBackend", "ExamApp",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/AppBenchmarks"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["QuestionBank", "ExamEngine", "ExamStore", "TerminalUI", "ExamApp", "LearningModel"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "QuestionBankTests", dependencies: ["QuestionBank", "TestSupport"]),
        .testTarget(name: "ExamEngineTests", dependencies: ["ExamEngine", "TestSupport"]),
        .testTarget(name: "LearningModelTests", dependencies: ["LearningModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExamStoreTests", dependencies: ["ExamStore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI"]),
        .testTarget(name: "ExamAppTests", dependencies: ["ExamApp", "TestSupport"], exclude: ["Screens"]),
        .testTarget(name: "mmprepTests", dependencies: ["TestSupport", "mmprep"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
