import Testing
@testable import NewsModel

@Suite("JSONOutline")
struct JSONOutlineTests {
    private func outline(_ json: String) -> JSONOutline {
        var text = json
        return text.withUTF8 { JSONOutline(scanning: $0) }
    }

    @Test("element start lines of a top-level array, ignoring brackets inside strings and nested values")
    func topLevelArray() {
        let found = outline("[\n {\"a\": \"[,]\"},\n\n [1, 2], \"x\",\n {}\n]")
        #expect(found.elementLines == [2, 4, 4, 5])
        #expect(found.tooDeepAtLine == nil)
    }

    @Test("element start lines of arrays under a top-level object's members, by lower-case key")
    func memberArrays() {
        let found = outline("{\"Articles\": [\n{},\n{}], \"x\": {\"items\": [{}]}}")
        #expect(found.memberElementLines == ["articles": [2, 3]])
    }

    @Test("nesting past 512 levels is reported with its line; 512 is fine")
    func depth() {
        #expect(outline(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).tooDeepAtLine == nil)
        #expect(outline("\n" + String(repeating: "[", count: 513)).tooDeepAtLine == 2)
    }

    @Test("a long string is passed over eight bytes at a time, its quotes, escapes, newlines and brackets found at any offset")
    func longStrings() {
        // each mark at every offset from a word boundary, in strings longer than a word
        for mark in [#"\""#, #"\\"#, "\n", "[", "{", "]", "}", ",", "\n\n"] {
            for offset in 0..<20 {
                let text = String(repeating: "x", count: offset) + mark + String(repeating: "é", count: 9)
                let newlines = mark.filter { $0 == "\n" }.count
                let found = outline("[\"\(text)\",\n{\"k\": \"\(text)\"}, [\"\(text)\"]]")
                #expect(found.elementLines == [1, 2 + newlines, 2 + 2 * newlines], "\(mark.debugDescription) at \(offset)")
                #expect(found.tooDeepAtLine == nil)
            }
        }
        let deepAfterString = "[\"" + String(repeating: "a\\\"", count: 40) + "\"," + String(repeating: "[", count: 512) + "]"
        #expect(outline(deepAfterString).tooDeepAtLine == 1)
    }

    @Test("escaped quotes do not end a string")
    func escapes() {
        #expect(outline(#"["a\"]", "b"]"#).elementLines == [1, 1])
    }
}
