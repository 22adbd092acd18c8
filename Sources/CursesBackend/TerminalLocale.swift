import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Locale set-up that ncursesw needs before it can draw anything but ASCII.
enum TerminalLocale {
    /// Adopts the user's locale and makes sure the character encoding is UTF-8.
    ///
    /// Swift never calls `setlocale`, so without this the C library runs in the "C" locale and
    /// every non-ASCII character comes out as garbage. A user locale that is not UTF-8 (or a
    /// missing one) keeps its other categories, but LC_CTYPE switches to C.UTF-8, since bank
    /// text is UTF-8 whatever the locale says.
    static func configure() {
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
