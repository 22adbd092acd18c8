import CNcursesw
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The termination signal (SIGTERM, SIGHUP, SIGINT) received and not yet handled, or 0.
///
/// Written from a signal handler, so it must be a lock-free atomic; a `let` global of an
/// `Atomic` is also the one kind of shared state Swift 6 accepts without `unsafe`.
private let pendingSignal = Atomic<Int32>(0)

/// Set by the fallback SIGTSTP handler; the next event read performs the suspend.
private let pendingSuspend = Atomic<Bool>(false)

/// Dispositions in force before ours, indexed by signal number, restored on shutdown and by
/// the crash handler. Allocated once and never freed: a signal handler may read it at any time.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: SignalHandling.slotCount)
    pointer.initialize(repeating: sigaction(), count: SignalHandling.slotCount)
    return pointer
}()

/// Installs and removes the process-wide handlers that keep the terminal usable.
///
/// Termination signals only set a flag: the app notices it at its next event, saves progress
/// and leaves through `withTerminal`'s `defer`, which restores the terminal. Crash signals
/// restore the terminal at once (`endwin`), then hand the signal back to whoever handled it
/// before (Swift's backtracer), so the crash report still appears on a usable screen.
enum SignalHandling {
    static let slotCount = 65
    static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Signals whose handler is ours right now.
    nonisolated(unsafe) private static var installed: [Int32] = []
    nonisolated(unsafe) private static var registeredExitHandler = false

    /// The termination signal waiting to be handled, if any.
    static var pending: Int32? {
        let value = pendingSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Forgets a pending termination signal (after the app has acted on it).
    static func clearPending() {
        pendingSignal.store(0, ordering: .relaxed)
    }

    /// True once after Ctrl-Z arrived while the fallback handler was in place.
    static func takeSuspendRequest() -> Bool {
        pendingSuspend.exchange(false, ordering: .relaxed)
    }

    /// Installs the handlers; call right after the screen is created.
    static func install() {
        // Touch the globals now so their one-time initialization never runs inside a handler.
        _ = pendingSignal.load(ordering: .relaxed)
        _ = pendingSuspend.load(ordering: .relaxed)
        _ = savedActions
        removeAll()
        if !registeredExitHandler {
            registeredExitHandler = true
            // exit() called from inside the app skips withTerminal's defer; restore here too.
            // Both calls do nothing once the terminal has been shut down normally.
            atexit {
                endwin()
                StandardErrorCapture.end()
            }
        }

        for signal in terminationSignals {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: the blocking read in wget_wch must return so the loop sees the flag.
            action.sa_flags = 0
            action.__sigaction_handler.sa_handler = { signal in
                pendingSignal.store(signal, ordering: .relaxed)
            }
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            // A signal the launcher chose to ignore (nohup, background jobs) stays ignored.
            if isIgnored(previous) { continue }
            install(action, for: signal)
        }

        // ncurses suspends and repaints by itself on Ctrl-Z, but installs that handler only for the
        // first screen of a process. For later screens, defer the suspend to the next event read.
        var tstp = sigaction()
        sigaction(SIGTSTP, nil, &tstp)
        if isDefault(tstp) {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            action.__sigaction_handler.sa_handler = { _ in
                pendingSuspend.store(true, ordering: .relaxed)
            }
            install(action, for: SIGTSTP)
        }

        for signal in crashSignals {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in
                endwin()
                StandardErrorCapture.end()
                sigaction(signal, savedActions + Int(signal), nil)
                // A fault re-executes the instruction after we return and so reaches the previous
                // handler (Swift's backtracer). A signal sent with kill() or raise() would not:
                // deliver it to the previous handler now, and if that returns, die by default.
                if let info, info.pointee.si_code <= 0 {
                    SignalHandling.redeliver(signal)
                }
            }
            install(action, for: signal)
        }
    }

    /// Runs the restored handler for `signal` from inside ours, then terminates with the default action.
    ///
    /// Swift's backtracer returns after reporting, expecting the fault to recur; for a signal
    /// that was sent rather than caused, the process would otherwise carry on without a screen.
    static func redeliver(_ signal: Int32) {
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, signal)
        raise(signal)
        // The signal is blocked while its handler runs; unblocking delivers it right here.
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        var fallback = sigaction()
        sigemptyset(&fallback.sa_mask)
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &fallback, nil)
        raise(signal)
    }

    /// Puts back every disposition that ``install()`` replaced.
    static func removeAll() {
        for signal in installed {
            sigaction(signal, savedActions + Int(signal), nil)
        }
        installed.removeAll()
    }

    /// True when the disposition is SIG_IGN.
    static func isIgnored(_ action: sigaction) -> Bool {
        // C function pointers are not Equatable in Swift; compare their bit patterns.
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// True when the disposition is SIG_DFL.
    static func isDefault(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_DFL, to: Int.self)
    }

    private static func install(_ action: sigaction, for signal: Int32) {
        var action = action
        sigaction(signal, &action, savedActions + Int(signal))
        installed.append(signal)
    }
}
