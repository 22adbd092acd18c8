import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Locale set-up that ncursesw needs before it can draw anything but ASCII.
enum TerminalLocale {
    /// Adopts the user's locale and makes sure the character encoding is UTF-8; only the
    /// first call does anything.
    ///
    /// Swift never calls `setlocale`, so without this the C library runs in the "C" locale and
    /// every non-ASCII character comes out as garbage. A user locale that is not UTF-8 (or a
    /// missing one) keeps its other categories, but LC_CTYPE switches to C.UTF-8, since bank
    /// text is UTF-8 whatever the locale says. `setlocale` is not thread-safe, so it runs
    /// once: a program that calls this before starting threads can later open a terminal
    /// while those threads work.
    static func configure() {
        _ = configured
    }

    private static let configured: Void = apply()

    private static func apply() {
        setlocale(LC_ALL, "")
        guard !isUTF8 else { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            return
        }
    }

    /// True when the current LC_CTYPE encodes characters as UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
        return name == "UTF8"
    }
}
