import CNcursesw
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key or a resize.
    ///
    /// Returns `.tick` on timeout, and at once while a termination signal is pending, so the
    /// run loop can check ``pendingTerminationSignal``. Keys the app has no use for also come
    /// back as `.tick` rather than blocking for another full timeout.
    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !isShutDown else { return nil }
        if SignalHandling.pending != nil { return .tick }
        if let resumed = suspendIfRequested() { return resumed }
        set_term(screen)
        let window = nc_stdscr()
        wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        // ERR: the timeout expired or a signal interrupted the read.
        guard status != ERR else { return suspendIfRequested() ?? .tick }
        let isFunctionKey = status == KEY_CODE_YES
        if isFunctionKey, Int32(bitPattern: code) == KEY_RESIZE {
            // curses has already updated its size; repaint everything at the new size.
            invalidate()
            let (width, height) = size
            return .resize(width: width, height: height)
        }
        guard let key = KeyDecoder.decode(UInt32(code), isFunctionKey: isFunctionKey) else { return .tick }
        return .key(key)
    }

    /// Performs a Ctrl-Z that the fallback handler deferred; returns a resize event to force a redraw.
    private func suspendIfRequested() -> Event? {
        guard SignalHandling.takeSuspendRequest() else { return nil }
        suspendForShell()
        let (width, height) = size
        return .resize(width: width, height: height)
    }

    /// Suspends the process as Ctrl-Z would, returning to the shell; repaints fully on `fg`.
    ///
    /// Does nothing but repaint when SIGTSTP is ignored (no job control).
    public func suspendForShell() {
        guard !isShutDown else { return }
        // A headless terminal has no shell to return to; stopping would freeze the test run.
        guard !isHeadless else { return invalidate() }
        set_term(screen)
        endwin()
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        if !SignalHandling.isIgnored(current) {
            // ncurses' own SIGTSTP handler would call endwin again and refresh on its own;
            // take the default action instead so the repaint below is the only one.
            var stop = sigaction()
            sigemptyset(&stop.sa_mask)
            stop.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(SIGTSTP, &stop, nil)
            raise(SIGTSTP)
            // Execution continues here after SIGCONT.
            sigaction(SIGTSTP, &current, nil)
        }
        adoptTerminalSize()
        invalidate()
        wrefresh(nc_stdscr())
    }

    /// Tells curses the terminal's real size, which may have changed while the process was stopped.
    private func adoptTerminalSize() {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 else { return }
        let (width, height) = size
        if Int(window.ws_col) != width || Int(window.ws_row) != height {
            resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        }
    }
}
