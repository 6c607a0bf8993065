/// Groups tokens into sentences; a quote is never split, and a paragraph break always ends a sentence.
struct SentenceSplitter {
    /// Words after which a full stop does not end the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st", "jr",
        "sr", "vs", "no", "nr", "dhr", "mevr", "drs", "ir", "ing", "mr", "jl", "ca", "bijv", "o.a", "m.a.w", "etc",
        "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "okt", "nov", "dec", "mme", "mlle", "m",
        "hr", "fr", "bzw", "z.b", "u.a", "amb", "pres", "adm", "gen", "u.s", "u.n", "d.c", "e.u", "u.k",
    ]

    /// Each sentence as a range of token indices (paragraph breaks excluded). The tokens' facts are set
    /// (`WordFacts.annotate`): a mark and the word before a full stop are asked by their flags.
    func sentences(_ tokens: [Token], quoteEndsSentence: (Int) -> Bool) -> [Range<Int>] {
        // through the buffer: each token read through the array retained and released its strings, or was
        // checked against its bounds (with the flags below: 11.2 → 5.1 M on 1 000 articles)
        tokens.withUnsafeBufferPointer { sentences($0, quoteEndsSentence: quoteEndsSentence) }
    }

    private func sentences(_ tokens: UnsafeBufferPointer<Token>, quoteEndsSentence: (Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // sentences run to twenty tokens and more, but reserved for one in sixteen tokens the array grew in most
        // articles (0.4 M on 1 000 articles)
        result.reserveCapacity(tokens.count / 8 + 1)
        var start = 0
        func close(_ end: Int) {
            if end > start { result.append(start..<end) }
            start = end
        }
        var i = 0
        while i < tokens.count {
            switch tokens[i].kind {  // read in place: a copy of the token retains its strings
            case .word:
                break  // most tokens: they neither end a sentence nor break one
            case .paragraphBreak:
                close(i)
                start = i + 1
            case .punctuation where tokens[i].facts.flags.contains(.sentenceEnd):
                if tokens[i].facts.flags.contains(.fullStop), i > 0, tokens[i - 1].isWord, Self.isAbbreviation(tokens[i - 1]) {
                    break
                }
                // a run of closing punctuation stays with its sentence
                var end = i + 1
                while end < tokens.count, case .punctuation = tokens[end].kind, tokens[end].facts.flags.contains(.closingMark) { end += 1 }
                if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, tokens[end].text.unicodeScalars.first.map(ScalarClass.isAlphabetic) == true {
                    break  // "…?" asked the minister — the sentence goes on
                }
                close(end)
                i = end - 1
            case .quote(let index):
                // the next token first: most quotes are followed by neither, and the caller's question reads the quote's text
                if i + 1 < tokens.count, tokens[i + 1].quoteIndex != nil || (tokens[i + 1].isWord && tokens[i + 1].isCapitalized),
                   quoteEndsSentence(index) {
                    close(i + 1)
                }
            default:
                break
            }
            i += 1
        }
        close(tokens.count)
        return result
    }

    /// `isAbbreviation(_:capitalised:)` of a word token, from its facts (`WordFacts.Flags.abbreviation`,
    /// `capitalisedInitial`).
    @inline(__always)
    static func isAbbreviation(_ word: borrowing Token) -> Bool {
        word.facts.flags.contains(.abbreviation) || word.isCapitalized && word.facts.flags.contains(.capitalisedInitial)
    }

    /// A punctuation mark's text that ends a sentence: `isMark(in: ".!?…")` of a punctuation token, its one
    /// scalar switched on instead of searched for in a string (a tenth of splitting).
    static func endsSentence(_ mark: String) -> Bool {
        // the first byte decides, but for the lead byte of "…" (E2 80 A6), which other marks share; decoding
        // the first scalar of every mark cost eighty instructions
        switch mark.utf8.first {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): true
        case 0xE2: isSentenceEnd(mark.unicodeScalars.first)
        default: false
        }
    }

    /// One of `.!?…`: a mark that ends a sentence, or a quote that ends with one.
    static func isSentenceEnd(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    /// The abbreviations numbered by their bytes (`ByteKeyTable`): looking a word up hashes a word or two of
    /// its bytes, where `abbreviations.contains` hashed it with SipHash, 230 instructions a full stop. (No text
    /// beyond ASCII is canonically equivalent to lower-case ASCII letters and full stops, so the set holds no
    /// more than their bytes say.)
    static let abbreviationTable: ByteKeyTable = {
        var table = ByteKeyTable(minimumCapacity: abbreviations.count)
        for var word in abbreviations { _ = word.withUTF8 { table.number(of: UnsafeRawBufferPointer($0)) } }
        return table
    }()

    /// The most UTF-8 bytes an abbreviation has: a longer word is none, without hashing it.
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0

    /// One of `abbreviations`.
    static func isListedAbbreviation(_ lower: String) -> Bool {
        func listed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count <= longestAbbreviation && abbreviationTable.existingNumber(of: UnsafeRawBufferPointer(bytes)) != nil
        }
        // read in place where contiguous: `withUTF8` mutates, so it needs a copy of the string, retained and released
        if let answer = lower.utf8.withContiguousStorageIfAvailable(listed) { return answer }
        var lower = lower
        return lower.withUTF8(listed)
    }

    /// A word lower-cased `lower` (read from its token in place, not from a copy) after which a full stop
    /// does not end the sentence: what the word's facts keep (`isAbbreviation(_:)` reads them).
    func isAbbreviation(_ lower: String, capitalised: Bool) -> Bool {
        if Self.isListedAbbreviation(lower) { return true }
        // single initials ("J. Smith") and dotted abbreviations ("U.S"); characters counted only of a capitalised word
        if capitalised, Self.characterCount(lower) == 1 { return true }
        // a byte search: `contains(".")` on a string is Foundation's search, most of splitting sentences; on the
        // bytes in place, as the generic `contains` of the UTF-8 view cost 260 instructions a word
        let hasFullStop = lower.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ".")) }
            ?? lower.utf8.contains(UInt8(ascii: "."))
        return hasFullStop && Self.characterCount(lower) <= 6
    }

    /// `text.count`: of ASCII without a carriage return (which makes one character with a line feed), its
    /// bytes, counted without breaking it into characters (330 instructions a word).
    static func characterCount(_ text: String) -> Int {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
        }
        return plain == true ? text.utf8.count : text.count
    }
}
