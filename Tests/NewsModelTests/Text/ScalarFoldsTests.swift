import Testing
@testable import NewsModel

/// Each scalar folds on its own as searches need it: case and accents gone, marks folding to nothing.
@Suite("ScalarFolds")
struct ScalarFoldsTests {
    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(ScalarFolds.shared.fold(text).compactMap(Unicode.Scalar.init)))
    }

    // й is и with a breve, which goes as every accent does (as in Foundation)
    @Test("letters in and above the table fold to their caseless, accentless forms", arguments: [
        ("Élysée", "elysee"), ("Straße", "strasse"), ("ДМИТРИЙ", "дмитрии"), ("Ångström", "angstrom"),
        ("e\u{301}", "e"), ("\u{301}", ""), ("Việt", "viet"), ("“Wij”", "“wij”"),
        ("ﬁnale", "finale"), ("東京", "東京"), ("\u{212A}", "k"),
    ])
    func folds(text: String, expected: String) {
        #expect(Self.folded(text) == expected)
    }

    @Test("the first folded scalar is the first of the whole folding, and nil for a mark alone")
    func firstFolded() {
        for text in ["É", "ß", "Д", "ﬁ", "東", "a", "Z", "\u{212A}", "\u{1E9E}"] {
            let scalar = text.unicodeScalars.first!.value
            #expect(ScalarFolds.shared.firstFolded(scalar) == ScalarFolds.shared.fold(text).first, "\(text)")
        }
        #expect(ScalarFolds.shared.firstFolded(0x301) == nil)
        #expect(ScalarFolds.shared.firstFolded(0x20D7) == nil)  // a combining mark above the table
    }
}
