import ReaderUI
import Testing
@testable import CursesTerminal

/// Codes as curses.h defines them (octal), so the tests do not need ncurses.
private enum Code {
    static let ok: Int32 = 0, keyCodeYes: Int32 = 0o400, err: Int32 = -1
    static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
    static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, f0: UInt32 = 0o410
    static let deleteCharacter: UInt32 = 0o512, pageDown: UInt32 = 0o522, pagePrevious: UInt32 = 0o523
    static let enter: UInt32 = 0o527, backTab: UInt32 = 0o541, end: UInt32 = 0o550
    static let mouse: UInt32 = 0o631, resize: UInt32 = 0o632
}

@Suite("Key decoding")
struct KeyDecoderTests {
    private func decode(_ code: UInt32) -> KeyDecoder.Decoded { KeyDecoder.decode(status: Code.ok, code: code) }
    private func decodeKey(_ code: UInt32) -> KeyDecoder.Decoded { KeyDecoder.decode(status: Code.keyCodeYes, code: code) }

    @Test("printable characters of any script are characters")
    func printable() {
        #expect(decode(UInt32(UInt8(ascii: "j"))) == .key(.character("j")))
        #expect(decode(UInt32(UInt8(ascii: " "))) == .key(.character(" ")))
        #expect(decode(0xE9) == .key(.character("é")))
        #expect(decode(0x6771) == .key(.character("東")))
        #expect(decode(0x1F600) == .key(.character("😀")))
    }

    @Test("Ctrl with a letter is a control key in lower case, Ctrl-C included")
    func control() {
        #expect(decode(1) == .key(.control("a")))
        #expect(decode(3) == .key(.control("c")))
        #expect(decode(4) == .key(.control("d")))
        #expect(decode(8) == .key(.control("h")))
        #expect(decode(26) == .key(.control("z")))
    }

    @Test("Tab, Return, Line feed, Escape and DEL are their own keys")
    func specialCharacters() {
        #expect(decode(9) == .key(.tab))
        #expect(decode(10) == .key(.enter))
        #expect(decode(13) == .key(.enter))
        #expect(decode(27) == .key(.escape))
        #expect(decode(127) == .key(.backspace))
    }

    @Test("control codes without a letter and C1 controls are ignored")
    func ignoredControls() {
        #expect(decode(0) == .ignored)
        #expect(decode(28) == .ignored)
        #expect(decode(31) == .ignored)
        #expect(decode(0x85) == .ignored)
        #expect(decode(0x9B) == .ignored)
    }

    @Test("keypad codes become navigation keys")
    func keypad() {
        #expect(decodeKey(Code.up) == .key(.up))
        #expect(decodeKey(Code.down) == .key(.down))
        #expect(decodeKey(Code.left) == .key(.left))
        #expect(decodeKey(Code.right) == .key(.right))
        #expect(decodeKey(Code.pagePrevious) == .key(.pageUp))
        #expect(decodeKey(Code.pageDown) == .key(.pageDown))
        #expect(decodeKey(Code.home) == .key(.home))
        #expect(decodeKey(Code.end) == .key(.end))
        #expect(decodeKey(Code.backTab) == .key(.backTab))
        #expect(decodeKey(Code.deleteCharacter) == .key(.delete))
        #expect(decodeKey(Code.backspace) == .key(.backspace))
        #expect(decodeKey(Code.enter) == .key(.enter))
    }

    @Test("function keys keep their number")
    func functionKeys() {
        #expect(decodeKey(Code.f0 + 1) == .key(.function(1)))
        #expect(decodeKey(Code.f0 + 12) == .key(.function(12)))
        #expect(decodeKey(Code.f0) == .ignored)
    }

    @Test("mouse and resize codes ask the terminal for the rest")
    func mouseAndResize() {
        #expect(decodeKey(Code.mouse) == .mouse)
        #expect(decodeKey(Code.resize) == .resize)
    }

    @Test("a timeout and unknown key codes decode to nothing")
    func nothing() {
        #expect(KeyDecoder.decode(status: Code.err, code: 0) == .ignored)
        #expect(decodeKey(0o777) == .ignored)
    }

    @Test("the wheel scrolls and the first button clicks, where the pointer is")
    func mouse() {
        #expect(KeyDecoder.mouse(buttons: KeyDecoder.wheelUpMask, x: 3, y: 4) == .wheelUp(x: 3, y: 4))
        #expect(KeyDecoder.mouse(buttons: KeyDecoder.wheelDownMask, x: 0, y: 9) == .wheelDown(x: 0, y: 9))
        #expect(KeyDecoder.mouse(buttons: KeyDecoder.clickMask, x: 10, y: 2) == .click(x: 10, y: 2))
        #expect(KeyDecoder.mouse(buttons: 0, x: 1, y: 1) == nil)
    }
}
