import Testing
@testable import ReaderUI

/// Keys to actions: bindings as data, typing mode, mouse and resize.
@Suite("Keymap")
struct KeymapTests {
    let keymap = DefaultKeymap.keymap

    @Test("every default binding maps its keys to its action, and no key is bound twice")
    func bindingsAreData() {
        let state = Fixture.state()
        var seen: Set<Key> = []
        for binding in DefaultKeymap.bindings {
            for key in binding.keys {
                #expect(!seen.contains(key), "\(key) is bound twice")
                seen.insert(key)
                #expect(keymap.action(for: .key(key), in: state) == binding.action)
            }
        }
    }

    @Test("while the picker is open, letters (q and n included) are typed, and Ctrl-C still interrupts")
    func typingMode() {
        var state = Fixture.state()
        _ = reduce(&state, .toggleSpeakers)
        #expect(keymap.action(for: .key(.character("q")), in: state) == .type("q"))
        #expect(keymap.action(for: .key(.character("n")), in: state) == .type("n"))
        #expect(keymap.action(for: .key(.backspace), in: state) == .deleteBackward)
        #expect(keymap.action(for: .key(.down), in: state) == .lineDown)
        #expect(keymap.action(for: .key(.control("c")), in: state) == .interrupt)
        #expect(keymap.action(for: .key(.escape), in: state) == .cancel)
    }

    @Test("the wheel scrolls three lines where the pointer is; a click and a resize pass through")
    func mouseAndResize() {
        let state = Fixture.state()
        #expect(keymap.action(for: .mouse(.wheelDown(x: 50, y: 5)), in: state) == .scroll(lines: 3, x: 50, y: 5))
        #expect(keymap.action(for: .mouse(.wheelUp(x: 1, y: 2)), in: state) == .scroll(lines: -3, x: 1, y: 2))
        #expect(keymap.action(for: .mouse(.click(x: 3, y: 4)), in: state) == .click(x: 3, y: 4))
        #expect(keymap.action(for: .resize(width: 90, height: 30), in: state) == .resize(width: 90, height: 30))
        #expect(keymap.action(for: .key(.function(9)), in: state) == nil)
    }

    @Test("the help overlay lists every bound key and the help of every action a key triggers")
    func helpIsBuiltFromTheKeymap() {
        var state = Fixture.state(width: 120, height: 60)
        _ = reduce(&state, .toggleHelp)
        let screen = CanvasDump.dump(ScreenRenderer.render(state))
        for binding in DefaultKeymap.bindings {
            #expect(screen.contains(binding.label), "help lacks \(binding.label)")
            if let help = binding.action.help { #expect(screen.contains(help), "help lacks “\(help)”") }
        }
    }
}
