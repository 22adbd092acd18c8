/// An in-memory backend with a scripted event queue, for tests of whole screens and run loops.
///
/// It records what was presented, so a test can drive the app with keys and then compare
/// `lastBuffer?.lines` with the expected screen.
public final class TestBackend: TerminalBackend {
    /// The size reported to the app; change it with ``resize(width:height:)``.
    public private(set) var size: (width: Int, height: Int)
    /// Events still to be delivered, first one next.
    public var pendingEvents: [Event]
    /// The most recent buffer passed to ``present(_:)``.
    public private(set) var lastBuffer: ScreenBuffer?
    /// How many times ``present(_:)`` was called.
    public private(set) var presentCount = 0
    /// How many times ``suspendForShell()`` was called.
    public private(set) var suspendCount = 0
    /// The timeouts the app asked for, in order, so tests can check the tick rate.
    public private(set) var requestedTimeouts: [Int] = []
    /// When true, an empty queue yields `.tick` instead of `nil` (for loops that must time out).
    public var ticksWhenEmpty: Bool

    /// Creates a backend of the given size that will deliver `events` in order.
    public init(width: Int = 80, height: Int = 24, events: [Event] = [], ticksWhenEmpty: Bool = false) {
        size = (width, height)
        pendingEvents = events
        self.ticksWhenEmpty = ticksWhenEmpty
    }

    /// Queues key presses to be delivered after the events already queued.
    public func enqueue(_ keys: Key...) {
        pendingEvents.append(contentsOf: keys.map(Event.key))
    }

    /// Queues events to be delivered after the ones already queued.
    public func enqueue(events: [Event]) {
        pendingEvents.append(contentsOf: events)
    }

    /// Queues each character of `text` as a `.char` key press.
    public func type(_ text: String) {
        pendingEvents.append(contentsOf: text.map { Event.key(.char($0)) })
    }

    /// Changes the reported size and queues the matching `.resize` event.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        pendingEvents.append(.resize(width: width, height: height))
    }

    public func present(_ buffer: ScreenBuffer) {
        lastBuffer = buffer
        presentCount += 1
    }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        requestedTimeouts.append(timeoutMilliseconds)
        guard !pendingEvents.isEmpty else { return ticksWhenEmpty ? .tick : nil }
        return pendingEvents.removeFirst()
    }

    public func suspendForShell() {
        suspendCount += 1
    }

    /// The last presented screen as trimmed lines, or an empty array before the first present.
    public var screenLines: [String] { lastBuffer?.lines ?? [] }
}
