import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CursesTerminal {
    /// Checks that the full-screen app can run here, without touching the real terminal.
    ///
    /// In order: standard input and output are terminals (otherwise `wget_wch` returns ERR
    /// forever and the app would spin), TERM is set and not "dumb", a terminfo entry exists
    /// (read with `setupterm`, which fails softly where `initscr` would exit), and
    /// the terminal can move its cursor.
    public static func preflight(
        environment: [String: String] = CursesTerminal.processEnvironment(),
        stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1,
        stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1
    ) throws {
        guard stdinIsTerminal else { throw TerminalError.notATerminal(stream: "standard input") }
        guard stdoutIsTerminal else { throw TerminalError.notATerminal(stream: "standard output") }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.termNotSet }
        guard term != "dumb" else { throw TerminalError.dumbTerminal }
        try probeTerminfo(term)
    }

    /// Throws unless `term` has a terminfo entry with cursor addressing.
    ///
    /// Uses `setupterm` rather than `newterm`: it reads the entry without creating a screen,
    /// and ncurses installs its SIGTSTP handler only for the first screen of a process, so a
    /// probe screen would leave Ctrl-Z unable to restore the terminal.
    static func probeTerminfo(_ term: String) throws {
        let descriptor = open("/dev/null", O_RDWR)
        defer { if descriptor >= 0 { close(descriptor) } }
        let previous = set_curterm(nil)
        var status: Int32 = 0
        let found = setupterm(term, descriptor, &status) == OK && status == 1
        let canMoveCursor = found && nc_has_string_capability("cup") != 0
        if let probe = set_curterm(previous) { del_curterm(probe) }
        guard found else { throw TerminalError.unknownTerminal(term: term) }
        guard canMoveCursor else { throw TerminalError.cannotAddressCursor(term: term) }
    }
}
