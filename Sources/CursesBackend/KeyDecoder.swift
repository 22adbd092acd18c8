import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a ``Key``; pure, so the table is testable without a terminal.
public enum KeyDecoder {
    /// Decodes one input code.
    ///
    /// - Parameters:
    ///   - code: the value `wget_wch` stored.
    ///   - isFunctionKey: true when `wget_wch` returned `KEY_CODE_YES` (a curses `KEY_*` code).
    /// - Returns: the key, or `nil` for codes the app has no use for (mouse, unknown keys,
    ///   stray control characters).
    public static func decode(_ code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? decodeFunctionKey(Int32(bitPattern: code)) : decodeCharacter(code)
    }

    static func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            let f1 = nc_key_f(1)
            if code >= f1, code <= nc_key_f(12) { return .function(Int(code - f1 + 1)) }
            return nil
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            // 1 is Ctrl-A; tab (9), LF (10), CR (13) and Ctrl-H (8) were taken above.
            return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<32, 0x80...0x9F:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code), scalar.properties.generalCategory != .control else { return nil }
            return .char(Character(scalar))
        }
    }
}
