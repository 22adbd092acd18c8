/// Where a finished screen goes and where input comes from.
///
/// The curses backend implements it for real terminals and ``TestBackend`` for tests; screens
/// only ever see a ``ScreenBuffer`` and ``Event``s.
public protocol TerminalBackend: AnyObject {
    /// The current size in columns and rows.
    var size: (width: Int, height: Int) { get }

    /// Shows `buffer`; the backend may copy only what changed since the last call.
    func present(_ buffer: ScreenBuffer)

    /// Waits up to `timeoutMilliseconds` for input.
    ///
    /// Returns `.tick` when the time runs out and `nil` when no more input will ever come
    /// (a scripted backend that ran out of events), which should end the run loop.
    func nextEvent(timeoutMilliseconds: Int) -> Event?

    /// Hands the terminal back to the shell (job-control suspend) and redraws fully on return.
    func suspendForShell()
}
