import Foundation

/// The settings of an FSRS-6 scheduler: the 21 model weights and the scheduling policy.
///
/// Defaults are the published FSRS-6 weights, 90 % desired retention, learning steps of
/// 1 and 10 minutes, one relearning step of 10 minutes and a 100-year maximum interval.
/// Intervals are never fuzzed, so the same reviews always give the same schedule.
public struct FSRSParameters: Sendable, Hashable, Codable {
    /// The FSRS-6 default weights w0…w20.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The smallest stability, in days, any formula may return.
    public static let minimumStability = 0.001

    /// Inclusive lower bounds of each weight.
    public static let lowerBounds: [Double] = [
        minimumStability, minimumStability, minimumStability, minimumStability, 1.0, 0.001, 0.001,
        0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// Inclusive upper bounds of each weight.
    public static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0,
        1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// The model weights w0…w20.
    public var weights: [Double]
    /// The probability of recall the review intervals aim for, in (0, 1).
    public var desiredRetention: Double
    /// Waits, in seconds, between the reviews of a new card before it graduates to review.
    public var learningSteps: [TimeInterval]
    /// Waits, in seconds, between the reviews of a forgotten card before it returns to review.
    public var relearningSteps: [TimeInterval]
    /// The longest review interval, in days.
    public var maximumInterval: Int

    public init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    /// Throws the first problem that would make the scheduler's arithmetic meaningless.
    public func validate() throws(FSRSParameterError) {
        guard weights.count == Self.lowerBounds.count else {
            throw FSRSParameterError("expected \(Self.lowerBounds.count) parameters, got \(weights.count)")
        }
        for (index, weight) in weights.enumerated()
        where !(Self.lowerBounds[index] <= weight && weight <= Self.upperBounds[index]) {
            throw FSRSParameterError(
                "parameter w\(index) = \(weight) is outside [\(Self.lowerBounds[index]), \(Self.upperBounds[index])]")
        }
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw FSRSParameterError("desired retention must be between 0 and 1 (exclusive), not \(desiredRetention)")
        }
        if let bad = (learningSteps + relearningSteps).first(where: { !($0 > 0) || !$0.isFinite }) {
            throw FSRSParameterError("learning and relearning steps must be positive durations, not \(bad)")
        }
        guard maximumInterval >= 1 else {
            throw FSRSParameterError("maximum interval must be at least 1 day, not \(maximumInterval)")
        }
    }
}

/// A setting the scheduler cannot work with; the message is one lower-case line.
public struct FSRSParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
