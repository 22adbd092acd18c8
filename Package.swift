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
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "QuestionBank",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ExamEngine", dependencies: ["QuestionBank"]),
        .target(name: "LearningModel", dependencies: ["QuestionBank", "ExamEngine"]),
        .target(
            name: "ExamStore",
            dependencies: ["QuestionBank", "ExamEngine", .product(name: "GRDB", package: "GRDB.swift")]
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
        .target(
            name: "TestSupport",
            dependencies: ["QuestionBank", "ExamEngine", "ExamStore", "TerminalUI", "ExamApp"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "QuestionBankTests", dependencies: ["QuestionBank", "TestSupport"]),
        .testTarget(name: "ExamEngineTests", dependencies: ["ExamEngine", "TestSupport"]),
        .testTarget(name: "LearningModelTests", dependencies: ["LearningModel", "TestSupport"]),
        .testTarget(name: "ExamStoreTests", dependencies: ["ExamStore", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI"]),
        .testTarget(name: "ExamAppTests", dependencies: ["ExamApp", "TestSupport"]),
        .testTarget(name: "mmprepTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
