import Testing
@testable import CursesBackend

/// Curses keeps global state, so everything that creates a screen runs in one serialized suite.
@Suite("CursesTerminal", .serialized)
struct CursesTerminalTests {
    @Test("refuses to run without a terminal on stdin or stdout")
    func notATerminal() {
        #expect(throws: TerminalError.notATerminal(stream: "standard input")) {
            try CursesTerminal.preflight(environment: ["TERM": "xterm-256color"], stdinIsTerminal: false, stdoutIsTerminal: true)
        }
        #expect(throws: TerminalError.notATerminal(stream: "standard output")) {
            try CursesTerminal.preflight(environment: ["TERM": "xterm-256color"], stdinIsTerminal: true, stdoutIsTerminal: false)
        }
    }

    @Test("refuses a missing, dumb or unknown TERM")
    func badTerm() {
        #expect(throws: TerminalError.termNotSet) {
            try CursesTerminal.preflight(environment: [:], stdinIsTerminal: true, stdoutIsTerminal: true)
        }
        #expect(throws: TerminalError.termNotSet) {
            try CursesTerminal.preflight(environment: ["TERM": ""], stdinIsTerminal: true, stdoutIsTerminal: true)
        }
        #expect(throws: TerminalError.dumbTerminal) {
            try CursesTerminal.preflight(environment: ["TERM": "dumb"], stdinIsTerminal: true, stdoutIsTerminal: true)
        }
        #expect(throws: TerminalError.unknownTerminal(term: "no-such-terminal-mmprep")) {
            try CursesTerminal.preflight(environment: ["TERM": "no-such-terminal-mmprep"], stdinIsTerminal: true, stdoutIsTerminal: true)
        }
    }

    @Test("a terminfo entry without cursor addressing is refused")
    func noCursorAddressing() throws {
        #expect(throws: TerminalError.cannotAddressCursor(term: "dumb")) {
            try CursesTerminal.probeTerminfo("dumb")
        }
        try CursesTerminal.probeTerminfo("xterm-256color")
        try CursesTerminal.preflight(environment: ["TERM": "vt100"], stdinIsTerminal: true, stdoutIsTerminal: true)
    }

    @Test("error messages are one line and start with the program name")
    func messages() {
        let errors: [TerminalError] = [
            .notATerminal(stream: "standard input"), .termNotSet, .dumbTerminal,
            .unknownTerminal(term: "foo"), .cannotAddressCursor(term: "foo"), .initializationFailed(term: "foo"),
        ]
        for error in errors {
            #expect(error.message.hasPrefix("mmprep: "))
            #expect(!error.message.contains("\n"))
            #expect(error.description == error.message)
        }
        #expect(TerminalError.dumbTerminal.message == "mmprep: TERM=dumb cannot run the full-screen app; use a terminal such as xterm-256color")
    }
}
