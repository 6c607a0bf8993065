import Testing
@testable import NewsModel

/// The cache tells forms apart by their bytes, however their strings hold them.
@Suite("Form keys")
struct FormKeyTests {
    typealias FormKey = WordFactsCache.FormKey

    /// `text` in a string of the standard library's large layout, whatever its length.
    func large(_ text: String) -> String {
        var made = String()
        made.reserveCapacity(64)
        made.append(text)
        return made
    }

    @Test("a small string's key read from its bits is the key of its bytes; keys are equal exactly when bytes are")
    func keysFromBits() {
        var texts = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop",
                     "abcdefghijklmnopq", "für", "zo’n", "Russia’s", "éééééé\u{2019}", "\u{1F600}zo’n", "a\u{0}", "a\u{0}\u{0}"]
        let scalars: [Unicode.Scalar] = ["a", "Z", "\u{0}", "é", "’", "\u{1F600}", "-", "."]
        for length in 1...9 {
            for seed in 0..<20 {
                var text = ""
                for index in 0..<length { text.unicodeScalars.append(scalars[(seed * 7 + index * (seed + 3)) % scalars.count]) }
                texts.append(text)
            }
        }
        var keys: [FormKey] = []
        for text in texts {
            var small = text
            var large = large(text)
            let fromBits = withUnsafePointer(to: &small) { FormKey(stringAt: $0, fromBits: PackedASCII.stringsFromBits) }
            let fromLarge = withUnsafePointer(to: &large) { FormKey(stringAt: $0, fromBits: PackedASCII.stringsFromBits) }
            #expect(fromBits == FormKey(text), "\(text.debugDescription)")
            #expect(fromLarge == FormKey(text), "\(text.debugDescription)")
            keys.append(FormKey(text))
        }
        for (i, a) in texts.enumerated() {
            for (j, b) in texts.enumerated() where Array(a.utf8).count <= 15 && Array(b.utf8).count <= 15 {
                #expect((keys[i] == keys[j]) == (Array(a.utf8) == Array(b.utf8)), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
    }
}
