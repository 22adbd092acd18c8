import ArgumentParser
import Foundation
import LearningModel

/// `mmprep srs …`: the spaced-repetition scheduler, for scripts.
struct SRSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srs",
        abstract: "Run the FSRS-6 spaced-repetition scheduler on review logs.",
        subcommands: [SRSReplay.self]
    )
}

/// `mmprep srs replay FILE`: the scheduler state after each review of a log.
struct SRSReplay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a review log through the FSRS-6 scheduler and print each card's state after every review.",
        discussion: """
        FILE (or - for standard input) holds one JSON object a line, in time order:
          {"card": "ID", "time": "2026-03-02T08:00:00Z", "rating": 3}
        Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy. Each card id keeps its own scheduler state, \
        new at its first review. For every review one line is printed:
          {"card", "time", "state", "step", "stability", "difficulty", "due"}
        Times are in UTC; step is null in review. Intervals are not fuzzed. A bad line is \
        reported as FILE:LINE: message (exit 1) and nothing is printed.
        """
    )

    @Argument(help: "The review log (JSON lines), or - for standard input.")
    var file: String

    @Option(help: "Desired retention, between 0 and 1.")
    var retention = 0.9

    @Option(help: ArgumentHelp("Learning steps in whole seconds, comma-separated; \"\" for none.", valueName: "seconds"))
    var learningSteps = "60,600"

    @Option(help: ArgumentHelp("Relearning steps in whole seconds, comma-separated; \"\" for none.", valueName: "seconds"))
    var relearningSteps = "600"

    @Option(help: ArgumentHelp("Longest review interval.", valueName: "days"))
    var maximumInterval = 36_500

    @Option(help: ArgumentHelp("The 21 FSRS-6 weights, comma-separated (default: the published defaults).", valueName: "w0,…,w20"))
    var parameters: String?

    func validate() throws {
        _ = try makeScheduler()
    }

    func run() throws {
        let scheduler = try makeScheduler()
        let name = file == "-" ? "<stdin>" : file
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            printError("\(name): " + (FileManager.default.fileExists(atPath: file) ? "cannot read the file" : "no such file"))
            throw ExitCode(1)
        }
        do {
            let output = try ReviewLogReplay(scheduler: scheduler).replay(String(decoding: data, as: UTF8.self))
            FileHandle.standardOutput.write(Data(output.map { $0 + "\n" }.joined().utf8))
        } catch let error as ReviewLogError {
            printError("\(name):\(error.line): \(error.message)")
            throw ExitCode(1)
        }
    }

    private func makeScheduler() throws -> FSRSScheduler {
        let weights = try parameters.map { text in
            try text.split(separator: ",", omittingEmptySubsequences: false).map { field in
                guard let value = Double(field.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                    throw ValidationError("--parameters takes 21 numbers separated by commas; '\(field)' is not a number")
                }
                return value
            }
        } ?? FSRSParameters.defaultWeights
        let settings = FSRSParameters(
            weights: weights, desiredRetention: retention,
            learningSteps: try Self.steps(learningSteps, option: "--learning-steps"),
            relearningSteps: try Self.steps(relearningSteps, option: "--relearning-steps"),
            maximumInterval: maximumInterval)
        do {
            return try FSRSScheduler(parameters: settings)
        } catch {
            throw ValidationError(error.message)
        }
    }

    private static func steps(_ text: String, option: String) throws -> [TimeInterval] {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { field in
            guard let seconds = Int(field.trimmingCharacters(in: .whitespaces)), seconds > 0 else {
                throw ValidationError("\(option) takes whole seconds above 0 separated by commas (\"\" for none); '\(field)' is not one")
            }
            return TimeInterval(seconds)
        }
    }
}

/// A problem on one line of a review log.
struct ReviewLogError: Error {
    var line: Int
    var message: String
}

/// Replays a JSON-lines review log, one scheduler state per card id.
struct ReviewLogReplay {
    let scheduler: FSRSScheduler

    private struct Review: Decodable {
        var card: String
        var time: String
        /// A number, so that 2.5 is reported as a bad rating (JSONDecoder calls it bad JSON for Int).
        var rating: Double
    }

    /// One output line per review, or the first problem found.
    func replay(_ text: String) throws -> [String] {
        var cards: [String: FSRSCard] = [:]
        var previous: (line: Int, time: Double, text: String)?
        var output: [String] = []
        let decoder = JSONDecoder()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            guard !raw.allSatisfy(\.isWhitespace) else { continue }
            let review: Review
            do {
                review = try decoder.decode(Review.self, from: Data(raw.utf8))
            } catch {
                throw ReviewLogError(line: lineNumber, message: Self.describe(error))
            }
            guard let time = ISOTimestamp.parse(review.time) else {
                throw ReviewLogError(line: lineNumber, message: "time '\(review.time)' is not a valid ISO 8601 time with a zone, like 2026-03-02T08:00:00Z")
            }
            guard let value = Int(exactly: review.rating), let rating = FSRSRating(rawValue: value) else {
                let shown = Int(exactly: review.rating).map(String.init) ?? "\(review.rating)"
                throw ReviewLogError(line: lineNumber, message: "rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not \(shown)")
            }
            if let previous, time < previous.time {
                throw ReviewLogError(line: lineNumber, message: "time \(review.time) is earlier than the review on line \(previous.line) (\(previous.text)); the log must be in time order")
            }
            previous = (lineNumber, time, review.time)
            let date = Date(timeIntervalSince1970: time)
            let card = scheduler.schedule(cards[review.card] ?? .new(due: date), rating: rating, at: date)
            cards[review.card] = card
            output.append(Self.line(card: review.card, time: time, state: card))
        }
        return output
    }

    /// The output object, keys in a fixed order.
    static func line(card id: String, time: Double, state card: FSRSCard) -> String {
        let fields = [
            ("card", quoted(id)), ("time", quoted(ISOTimestamp.format(time))), ("state", quoted(card.state.name)),
            ("step", card.step.map(String.init) ?? "null"),
            ("stability", card.stability.map { "\($0)" } ?? "null"), ("difficulty", card.difficulty.map { "\($0)" } ?? "null"),
            ("due", quoted(ISOTimestamp.format(card.due.timeIntervalSince1970))),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// One lower-case line for a decoding failure.
    private static func describe(_ error: Error) -> String {
        let expected = ["card": "a string", "time": "an ISO 8601 string", "rating": "an integer from 1 to 4"]
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?:
            return "missing \"\(key.stringValue)\"; each line is {\"card\": ID, \"time\": ISO-8601, \"rating\": 1-4}"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            if let key = context.codingPath.first?.stringValue, let what = expected[key] {
                return "\"\(key)\" must be \(what)"
            }
            if case .typeMismatch? = error as? DecodingError {
                return "expected a JSON object like {\"card\": \"ID\", \"time\": \"2026-03-02T08:00:00Z\", \"rating\": 3}"
            }
            return "not valid JSON"
        default:
            return "not valid JSON"
        }
    }
}
