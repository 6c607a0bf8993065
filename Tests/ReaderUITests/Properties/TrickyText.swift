import PropertyBased

/// Generators of the text real feeds throw at a terminal: accents, combining marks, CJK, emoji
/// sequences, control characters, escape sequences, bidi overrides, long words.
enum TrickyText {
    static let pieces: [String] = [
        "a", "word", "Blinken", " ", "  ", "é", "e\u{301}", "ë", "東京", "한국어", "😀", "👨‍👩‍👧", "🇳🇱", "✈\u{FE0F}",
        "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{1B}]52;c;aGk=\u{7}", "\u{7}", "\u{0}", "\u{8}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202E}", "\u{2066}", "\u{200D}", "\u{200B}", "\u{AD}", "\t", "“", "”", "„", "«", "»", "'", "\"", ".",
        "ﾃｽﾄ", "\u{0301}", String(repeating: "x", count: 47), "zei hij.", "said Blinken.",
    ]

    /// Text built from the pieces and from arbitrary scalars.
    static let text = Gen<String>.oneOf(
        Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...80).map { $0.joined() },
        // Surrogates are not scalars, so the planes are drawn from either side of them.
        Gen<Unicode.Scalar>.oneOf(Gen.unicodeScalar(in: "\u{0}"..."\u{D7FF}"), Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}"))
            .array(of: 0...60).map { String(String.UnicodeScalarView($0)) }
    )

    /// Paragraphs of tricky text, some with quotes and reporting verbs so quotes and speakers appear.
    static let paragraphs = text.array(of: 1...5).map { texts in
        texts.enumerated().map { index, text in index % 2 == 0 ? "“\(text)”, zei minister Jan de Vries. \(text)" : text }
    }
}
