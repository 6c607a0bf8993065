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

    @Test("escaped quotes do not end a string")
    func escapes() {
        #expect(outline(#"["a\"]", "b"]"#).elementLines == [1, 1])
    }
}
