import CNcursesw
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal: ncursesw in full-screen mode behind the ``TerminalBackend`` protocol.
///
/// Create it through ``withTerminal(environment:_:)``, which restores the terminal however the
/// body ends. All calls must come from one thread (the type is deliberately not `Sendable`):
/// curses keeps global state.
public final class CursesTerminal: TerminalBackend {
    /// How long ncurses waits after ESC for the rest of an escape sequence; its default of
    /// one second makes the Esc key feel broken.
    static let escapeDelayMilliseconds: Int32 = 25

    let screen: OpaquePointer
    private let outputFile: UnsafeMutablePointer<FILE>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let ownsFiles: Bool
    private let ownsSignals: Bool
    let palette: CursesPalette
    /// What the terminal shows now, so ``present(_:)`` only sends the cells that changed.
    var previous: ScreenBuffer?
    private(set) var isShutDown = false

    /// True for a terminal created with ``init(headlessWidth:height:terminalType:color:)``.
    public var isHeadless: Bool { ownsFiles }

    /// True when the terminal draws in colour (false for monochrome terminals and `NO_COLOR`).
    public var usesColor: Bool { palette.usesColor }

    /// Takes over the controlling terminal after ``preflight(environment:stdinIsTerminal:stdoutIsTerminal:)``.
    ///
    /// Installs the termination and crash signal handlers; call ``shutdown()`` (or use
    /// ``withTerminal(environment:_:)``) to give the terminal back.
    public convenience init(environment: [String: String] = CursesTerminal.processEnvironment()) throws {
        try CursesTerminal.preflight(environment: environment)
        let term = environment["TERM"] ?? ""
        try self.init(
            term: term, output: nc_stdout(), input: nc_stdin(), ownsFiles: false, ownsSignals: true,
            allowColor: !CursesPalette.colorDisabled(by: environment)
        )
    }

    /// A terminal that draws into `/dev/null`, for smoke tests without a tty.
    ///
    /// Everything but the physical output works: ``present(_:)`` updates curses' screen, which
    /// ``screenLines()`` reads back. No signal handlers are installed.
    public convenience init(headlessWidth width: Int, height: Int, terminalType: String = "xterm-256color", color: Bool = true) throws {
        guard let output = fopen("/dev/null", "w") else { throw TerminalError.initializationFailed(term: terminalType) }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalError.initializationFailed(term: terminalType)
        }
        try self.init(term: terminalType, output: output, input: input, ownsFiles: true, ownsSignals: false, allowColor: color)
        resizeterm(Int32(height), Int32(width))
    }

    private init(
        term: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        ownsFiles: Bool, ownsSignals: Bool, allowColor: Bool
    ) throws {
        TerminalLocale.configure()
        guard let screen = newterm(term, output, input) else {
            if ownsFiles {
                fclose(output)
                fclose(input)
            }
            throw TerminalError.unknownTerminal(term: term)
        }
        self.screen = screen
        outputFile = output
        inputFile = input
        self.ownsFiles = ownsFiles
        self.ownsSignals = ownsSignals
        set_term(screen)
        // Crash handlers first, so a trap anywhere after this point still restores the screen.
        if ownsSignals {
            SignalHandling.install()
            StandardErrorCapture.begin()
        }

        let window = nc_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        curs_set(0)
        set_escdelay(CursesTerminal.escapeDelayMilliseconds)
        palette = CursesPalette.start(allowColor: allowColor)
    }

    deinit {
        shutdown()
    }

    /// Leaves full-screen mode and restores the terminal and signal handlers; safe to call twice.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        set_term(screen)
        endwin()
        if ownsSignals {
            StandardErrorCapture.end()
            SignalHandling.removeAll()
        }
        delscreen(screen)
        if ownsFiles {
            fclose(outputFile)
            fclose(inputFile)
        }
    }

    /// Runs `body` with the terminal in full-screen mode and always restores it afterwards.
    ///
    /// Throws ``TerminalError`` before touching the terminal when it cannot run the app, and
    /// rethrows whatever `body` throws after the terminal is restored.
    public static func withTerminal<T>(
        environment: [String: String] = CursesTerminal.processEnvironment(),
        _ body: (CursesTerminal) throws -> T
    ) throws -> T {
        let terminal = try CursesTerminal(environment: environment)
        defer { terminal.shutdown() }
        return try body(terminal)
    }

    /// The current size in columns and rows.
    public var size: (width: Int, height: Int) {
        guard !isShutDown else { return (0, 0) }
        set_term(screen)
        var rows: Int32 = 0, columns: Int32 = 0
        nc_getmaxyx(nc_stdscr(), &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// The termination signal (SIGTERM, SIGHUP or SIGINT) received since start-up, if any.
    ///
    /// When it is set, ``nextEvent(timeoutMilliseconds:)`` returns `.tick` at once, so a run
    /// loop that checks this after every event saves and quits promptly.
    public static var pendingTerminationSignal: Int32? { SignalHandling.pending }

    /// Forgets the pending termination signal, e.g. after asking the user to confirm quitting.
    public static func clearPendingTerminationSignal() {
        SignalHandling.clearPending()
    }

    /// Sets the C library's locale as the terminal needs it (see ``withTerminal(environment:_:)``).
    ///
    /// `setlocale` must not run beside other threads: a program that starts threads before
    /// taking the terminal calls this first, and the terminal's own set-up then skips it.
    public static func prepareLocale() {
        TerminalLocale.configure()
    }

    /// The variables this backend reads (TERM, NO_COLOR), taken from the process environment.
    public static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["TERM", "NO_COLOR"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }
}
