import Foundation

/// The command line of mmprep-bench.
struct BenchOptions {
    /// A tiny run that only shows the suite still works (1,000 questions, 10,000 answers).
    var quick = false
    /// Timed runs per figure; each figure reports the median.
    var repeats = 7
    /// Where generated inputs are kept between runs (they are reused when complete).
    var work = ".build-bench"
    /// The shipped banks folder.
    var shipped = "QuestionBanks"
    /// The mmprep executable for the start-up figures (default: beside this one).
    var mmprep: String?
    /// Only these suites (load, store, screen, startup, scaling); empty for all.
    var suites: Set<String> = []
    /// Also write the Markdown tables here.
    var markdown: String?

    var questionSizes: [Int] { quick ? [1_000] : [1_000, 10_000, 100_000] }
    var historySizes: [Int] { quick ? [10_000] : [10_000, 100_000, 1_000_000] }
    /// The bank set and history of the main targets: 10,000 questions, 100,000 answers.
    var mainQuestions: Int { quick ? 1_000 : 10_000 }
    var mainHistory: Int { quick ? 10_000 : 100_000 }
    var largestHistory: Int { historySizes.last! }

    static let usage = """
        usage: mmprep-bench [--quick] [--repeats N] [--work DIR] [--banks DIR] [--mmprep PATH]
                            [--only load,store,screen,startup,scaling] [--markdown FILE]
        """

    static func parse(_ arguments: [String]) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) -> String {
            guard let next = rest.popFirst() else { fail("\(flag) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": options.quick = true
            case "--repeats": options.repeats = Int(value(argument)) ?? { fail("--repeats needs a number") }()
            case "--work": options.work = value(argument)
            case "--banks": options.shipped = value(argument)
            case "--mmprep": options.mmprep = value(argument)
            case "--only": options.suites = Set(value(argument).split(separator: ",").map(String.init))
            case "--markdown": options.markdown = value(argument)
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown argument '\(argument)'")
            }
        }
        if options.quick, !arguments.contains("--repeats") { options.repeats = 3 }
        return options
    }

    func wants(_ suite: String) -> Bool { suites.isEmpty || suites.contains(suite) }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("mmprep-bench: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}
