import CNcursesw
import Testing
import TerminalUI
@testable import CursesBackend

@Suite("KeyDecoder")
struct KeyDecoderTests {
    @Test("curses function-key codes", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab),
    ])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyDecoder.decode(UInt32(bitPattern: code), isFunctionKey: true) == expected)
    }

    @Test("F1 to F12")
    func fKeys() {
        for n in 1...12 {
            #expect(KeyDecoder.decode(UInt32(nc_key_f(Int32(n))), isFunctionKey: true) == .function(n))
        }
        #expect(KeyDecoder.decode(UInt32(nc_key_f(13)), isFunctionKey: true) == nil)
        #expect(KeyDecoder.decode(UInt32(KEY_MOUSE), isFunctionKey: true) == nil)
    }

    @Test("control characters", arguments: [
        (UInt32(10), Key.enter), (13, .enter), (127, .backspace), (8, .backspace),
        (27, .escape), (9, .tab), (1, .ctrl("a")), (3, .ctrl("c")), (14, .ctrl("n")),
        (16, .ctrl("p")), (26, .ctrl("z")),
    ])
    func controls(code: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(code, isFunctionKey: false) == expected)
    }

    @Test("printable characters, including non-ASCII")
    func printable() {
        #expect(KeyDecoder.decode(0x61, isFunctionKey: false) == .char("a"))
        #expect(KeyDecoder.decode(0x20, isFunctionKey: false) == .char(" "))
        #expect(KeyDecoder.decode(0x3F, isFunctionKey: false) == .char("?"))
        #expect(KeyDecoder.decode(0xE9, isFunctionKey: false) == .char("é"))
        #expect(KeyDecoder.decode(0x65E5, isFunctionKey: false) == .char("日"))
    }

    @Test("codes the app cannot use are dropped")
    func ignored() {
        #expect(KeyDecoder.decode(0, isFunctionKey: false) == nil)
        #expect(KeyDecoder.decode(28, isFunctionKey: false) == nil)
        #expect(KeyDecoder.decode(0x9B, isFunctionKey: false) == nil)
        #expect(KeyDecoder.decode(0xD800, isFunctionKey: false) == nil)
    }
}
