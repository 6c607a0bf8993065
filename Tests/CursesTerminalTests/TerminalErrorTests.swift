import Testing
@testable import CursesTerminal

@Suite("Terminal errors")
struct TerminalErrorTests {
    @Test("every error is one line that names what to fix")
    func oneLine() {
        let errors: [TerminalError] = [
            .notATerminal, .unusableTerminal("vt999"), .unusableTerminal(nil), .noUTF8Locale("C"), .noControllingTerminal,
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(!error.description.isEmpty)
        }
        #expect(TerminalError.unusableTerminal("vt999").description.contains("'vt999'"))
        #expect(TerminalError.unusableTerminal(nil).description.contains("TERM is not set"))
    }
}
