import CNcursesw
import TerminalUI

/// Maps semantic style roles to curses attributes and colour pairs.
///
/// Colour terminals get a pair per role on the terminal's default background; monochrome
/// terminals (or `NO_COLOR`) get bold / reverse / underline / dim instead, chosen so that
/// correct, incorrect, selected and flagged stay distinguishable without colour.
struct CursesPalette {
    /// Attributes and colour pair for one role.
    struct Entry: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    private var entries: [StyleRole: Entry]
    let usesColor: Bool

    /// -1 means "the terminal's default colour" (needs `use_default_colors`).
    private struct ColorSpec {
        var foreground: Int16
        var background: Int16
        var attributes: attr_t
    }

    private static func colorSpec(_ role: StyleRole) -> ColorSpec {
        let black = Int16(COLOR_BLACK), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), magenta = Int16(COLOR_MAGENTA)
        let cyan = Int16(COLOR_CYAN), white = Int16(COLOR_WHITE)
        let bold = nc_a_bold(), dim = nc_a_dim(), none = nc_a_normal()
        switch role {
        case .normal: return ColorSpec(foreground: -1, background: -1, attributes: none)
        case .dim: return ColorSpec(foreground: -1, background: -1, attributes: dim)
        case .bold: return ColorSpec(foreground: -1, background: -1, attributes: bold)
        case .title: return ColorSpec(foreground: cyan, background: -1, attributes: bold)
        case .header: return ColorSpec(foreground: white, background: blue, attributes: bold)
        case .footer: return ColorSpec(foreground: white, background: blue, attributes: none)
        case .accent: return ColorSpec(foreground: cyan, background: -1, attributes: none)
        case .key: return ColorSpec(foreground: yellow, background: -1, attributes: bold)
        case .selected: return ColorSpec(foreground: black, background: cyan, attributes: none)
        case .correct: return ColorSpec(foreground: green, background: -1, attributes: bold)
        case .incorrect: return ColorSpec(foreground: red, background: -1, attributes: bold)
        case .warning: return ColorSpec(foreground: yellow, background: -1, attributes: none)
        case .flagged: return ColorSpec(foreground: magenta, background: -1, attributes: bold)
        case .struck: return ColorSpec(foreground: -1, background: -1, attributes: dim)
        case .barFilled: return ColorSpec(foreground: green, background: -1, attributes: none)
        case .barEmpty: return ColorSpec(foreground: -1, background: -1, attributes: dim)
        case .border: return ColorSpec(foreground: blue, background: -1, attributes: none)
        case .error: return ColorSpec(foreground: white, background: red, attributes: bold)
        }
    }

    /// What each role looks like without colour.
    static func monochromeAttributes(_ role: StyleRole) -> attr_t {
        let bold = nc_a_bold(), dim = nc_a_dim(), reverse = nc_a_reverse(), underline = nc_a_underline()
        switch role {
        case .normal, .barFilled, .border: return nc_a_normal()
        case .dim, .struck, .barEmpty: return dim
        case .bold, .accent, .key, .correct, .warning: return bold
        case .title, .incorrect, .flagged: return bold | underline
        case .header, .error: return reverse | bold
        case .footer, .selected: return reverse
        }
    }

    /// A palette with no colours, for monochrome terminals and `NO_COLOR`.
    static func monochrome() -> CursesPalette {
        var entries: [StyleRole: Entry] = [:]
        for role in StyleRole.allCases {
            entries[role] = Entry(attributes: monochromeAttributes(role), pair: 0)
        }
        return CursesPalette(entries: entries, usesColor: false)
    }

    /// Starts colour mode and allocates one pair per coloured role; needs an initialized screen.
    ///
    /// Falls back to ``monochrome()`` when the terminal has no colours or too few pairs.
    static func start(allowColor: Bool) -> CursesPalette {
        guard allowColor, has_colors() else { return monochrome() }
        guard start_color() != ERR, nc_colors() >= 8, nc_color_pairs() > StyleRole.allCases.count else {
            return monochrome()
        }
        // Without default-colour support, -1 is invalid: fall back to white on black.
        let hasDefaults = use_default_colors() != ERR
        var entries: [StyleRole: Entry] = [:]
        var nextPair: Int16 = 1
        for role in StyleRole.allCases {
            let spec = colorSpec(role)
            guard spec.foreground != -1 || spec.background != -1 || !hasDefaults else {
                entries[role] = Entry(attributes: spec.attributes, pair: 0)
                continue
            }
            let foreground = spec.foreground == -1 && !hasDefaults ? Int16(COLOR_WHITE) : spec.foreground
            let background = spec.background == -1 && !hasDefaults ? Int16(COLOR_BLACK) : spec.background
            init_pair(nextPair, foreground, background)
            entries[role] = Entry(attributes: spec.attributes, pair: nextPair)
            nextPair += 1
        }
        return CursesPalette(entries: entries, usesColor: true)
    }

    /// The attributes and colour pair for a style, including its bold/underline/reverse overrides.
    func entry(for style: Style) -> Entry {
        var entry = entries[style.role] ?? Entry(attributes: nc_a_normal(), pair: 0)
        if style.bold { entry.attributes |= nc_a_bold() }
        if style.underline { entry.attributes |= nc_a_underline() }
        if style.reverse { entry.attributes |= nc_a_reverse() }
        return entry
    }

    /// True when the user asked for no colour (https://no-color.org: any non-empty value).
    static func colorDisabled(by environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
