import Testing
@testable import CursesTerminal

@Suite("Colour preference")
struct ColorPreferenceTests {
    @Test("--no-color or a non-empty NO_COLOR ask for monochrome; an empty NO_COLOR does not")
    func resolve() {
        #expect(ColorPreference.resolve(noColorFlag: false, noColorVariable: nil) == .automatic)
        #expect(ColorPreference.resolve(noColorFlag: true, noColorVariable: nil) == .monochrome)
        #expect(ColorPreference.resolve(noColorFlag: false, noColorVariable: "1") == .monochrome)
        #expect(ColorPreference.resolve(noColorFlag: false, noColorVariable: "") == .automatic)
    }
}
