import Testing
@testable import NewsModel

/// Texts compared and hashed as bytes, not as canonically equivalent strings.
@Suite("WrittenForm")
struct WrittenFormTests {
    @Test("written forms are equal only byte for byte")
    func writtenFormsCompareBytes() {
        let composed = WrittenForm(text: "Orb\u{E1}n's")
        let decomposed = WrittenForm(text: "Orba\u{301}n's")
        #expect(composed.text == decomposed.text)  // as strings, canonically equivalent
        #expect(composed != decomposed)
        #expect(composed == WrittenForm(text: "Orbán's"))
        #expect(Set([composed, decomposed, WrittenForm(text: "Orbán's")]).count == 2)
    }
}
