import Foundation
import LearningModel
import Testing

/// One line of `Fixtures/fsrs-vectors.jsonl` (written by `Fixtures/make_fsrs_vectors.py`).
private struct VectorLine: Decodable {
    var kind: String
    // A scheduler line.
    var name: String?
    var parameters: [Double]?
    var desired_retention: Double?
    var learning_steps: [Double]?
    var relearning_steps: [Double]?
    var maximum_interval: Int?
    // A review line.
    var scheduler: String?
    var card: Int?
    var time: Double?
    var rating: Int?
    var retrievability: Double?
    var state: String?
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Double?
}

private func relativeError(_ actual: Double?, _ expected: Double?) -> Double {
    guard let actual, let expected else { return .infinity }
    if expected == 0 { return abs(actual) }
    return abs(actual - expected) / abs(expected)
}

@Suite("FSRS parity with the reference vectors")
struct FSRSParityTests {
    static let vectorsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fsrs-vectors.jsonl").path

    @Test("every review step matches: state, step and due exactly; stability, difficulty and retrievability to 1e-9")
    func replayVectors() throws {
        let text = try String(contentsOfFile: Self.vectorsPath, encoding: .utf8)
        // JSONDecoder parses doubles exactly, which the comparison of 1e-9 relative relies on.
        let decoder = JSONDecoder()
        var schedulers: [String: FSRSScheduler] = [:]
        var cards: [String: FSRSCard] = [:]
        var reviewed: [String: Int] = [:]
        var reviews = 0, worst = 0.0
        for (index, raw) in text.split(separator: "\n").enumerated() {
            let line = try decoder.decode(VectorLine.self, from: Data(raw.utf8))
            let at = "line \(index + 1)"
            if line.kind == "scheduler" {
                let parameters = FSRSParameters(
                    weights: try #require(line.parameters), desiredRetention: try #require(line.desired_retention),
                    learningSteps: try #require(line.learning_steps), relearningSteps: try #require(line.relearning_steps),
                    maximumInterval: try #require(line.maximum_interval))
                schedulers[try #require(line.name)] = try FSRSScheduler(parameters: parameters)
                continue
            }
            let name = try #require(line.scheduler)
            let scheduler = try #require(schedulers[name], "\(at): unknown scheduler \(name)")
            let key = "\(name)/\(try #require(line.card))"
            let time = Date(timeIntervalSince1970: try #require(line.time))
            let card = cards[key] ?? .new(due: time)
            let ratingValue = try #require(line.rating)
            let rating = try #require(FSRSRating(rawValue: ratingValue))

            let retrievability = scheduler.retrievability(of: card, at: time)
            let next = scheduler.schedule(card, rating: rating, at: time)
            cards[key] = next
            reviews += 1
            reviewed[name, default: 0] += 1

            #expect(next.state.name == line.state, "\(at): state")
            #expect(next.step == line.step, "\(at): step")
            #expect(next.due.timeIntervalSince1970 == line.due, "\(at): due")
            #expect(next.lastReview == time, "\(at): last review")
            let errors = [
                relativeError(next.stability, line.stability), relativeError(next.difficulty, line.difficulty),
                relativeError(retrievability, line.retrievability),
            ]
            #expect(errors.allSatisfy { $0 <= 1e-9 }, "\(at): relative errors \(errors)")
            worst = max(worst, errors.max() ?? 0)
        }
        // A truncated or empty file must not pass quietly.
        #expect(reviews >= 1_000)
        #expect(Set(reviewed.keys) == ["default", "no-steps", "retention-0.82", "custom-parameters"])
        #expect(reviewed.values.allSatisfy { $0 >= 200 })
        #expect(worst <= 1e-9)
    }

    @Test("the vectors cover every state, same-day reviews and long delays")
    func coverage() throws {
        let text = try String(contentsOfFile: Self.vectorsPath, encoding: .utf8)
        let lines = try text.split(separator: "\n").map { try JSONDecoder().decode(VectorLine.self, from: Data($0.utf8)) }
        let reviews = lines.filter { $0.kind == "review" }
        #expect(Set(reviews.compactMap(\.state)) == ["learning", "review", "relearning"])
        #expect(Set(reviews.compactMap(\.rating)) == [1, 2, 3, 4])
        var previous: [String: VectorLine] = [:]
        var sameDay = 0, early = 0, late = 0
        for review in reviews {
            let key = "\(review.scheduler ?? "")/\(review.card ?? 0)"
            if let last = previous[key], let time = review.time, let lastTime = last.time, let due = last.due {
                if time - lastTime < 86_400 { sameDay += 1 }
                if time < due { early += 1 }
                if time > due + 30 * 86_400 { late += 1 }
            }
            previous[key] = review
        }
        #expect(sameDay >= 100 && early >= 100 && late >= 100)
    }
}
