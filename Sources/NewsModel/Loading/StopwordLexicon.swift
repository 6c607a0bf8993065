import TOMLKit

/// The common function words of each language, read once from `Lexicon/stopwords.toml`.
///
/// A word listed for several languages belongs to each; `LanguageGuesser` splits its vote among them.
struct StopwordLexicon: Sendable, Equatable {
    /// For each listed word (lower case), the languages whose list holds it.
    let languagesByWord: [String: [Language]]
    /// The ASCII words of `languagesByWord` by their bytes, and their languages by number in that table:
    /// an ASCII word of an article is looked up without making a string. (No listed word beyond ASCII is
    /// canonically equal to an ASCII one, which a test checks, so the two look-ups agree.)
    private let asciiWords: ByteKeyTable
    private let asciiWordLanguages: [[Language]]
    /// By number in `asciiWords`, then by `Language.ordinal`: the vote the word gives each language, its
    /// share of one, and 0 for the languages it is not listed for (read without retaining an array a word).
    private let asciiWordVotes: [Double]
    /// A bit for the length, first and last letter of each listed word of ASCII letters, lower-cased
    /// (`shapeBit`): a run of letters whose shape has none, or that is longer than every listed one, is no
    /// listed word, known without lower-casing and hashing it. (Looking every word up was most of guessing
    /// the language of an article that declares none: a sixth of loading a feed without languages.)
    private let asciiShapes: [UInt64]
    /// The longest listed word of ASCII letters.
    private let longestASCIILetters: Int
    /// The most scalars of a listed word: a longer run of letters, which lower-casing does not shorten, is none.
    let longestWordScalars: Int

    init(lists: [Language: [String]]) {
        var table: [String: [Language]] = [:]
        for language in Language.allCases {
            for word in lists[language] ?? [] where !(table[word.lowercased()] ?? []).contains(language) {
                table[word.lowercased(), default: []].append(language)
            }
        }
        languagesByWord = table
        var asciiWords = ByteKeyTable(minimumCapacity: table.count)
        var asciiWordLanguages: [[Language]] = []
        for (word, languages) in table where ASCIIBytes.isASCII(word) {
            if asciiWords.number(of: word).isNew { asciiWordLanguages.append(languages) }
        }
        self.asciiWords = asciiWords
        self.asciiWordLanguages = asciiWordLanguages
        let languageCount = Language.allCases.count
        var votes = Array(repeating: 0.0, count: asciiWordLanguages.count * languageCount)
        for (number, languages) in asciiWordLanguages.enumerated() {
            for language in languages { votes[number * languageCount + language.ordinal] = 1 / Double(languages.count) }
        }
        asciiWordVotes = votes
        let letterWords = table.keys.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.allSatisfy(ASCIIBytes.isLetter) }
        let longest = letterWords.map(\.count).max() ?? 0
        var shapes = Array(repeating: UInt64(0), count: (longest * 26 * 26 + 63) / 64)
        for word in letterWords {
            let bit = Self.shapeBit(count: word.count, first: word[0], last: word[word.count - 1])
            shapes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        asciiShapes = shapes
        longestASCIILetters = longest
        longestWordScalars = table.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// The bit of the shape of a run of `count` ASCII letters (at least one) from `first` to `last`, either case.
    @inline(__always)
    private static func shapeBit(count: Int, first: UInt8, last: UInt8) -> Int {
        ((count - 1) * 26 + Int((first | 0x20) &- 0x61)) * 26 + Int((last | 0x20) &- 0x61)
    }

    /// Adds the votes of the run of ASCII letters `word` (either case) to `scores`, by `Language.ordinal`;
    /// false when it is no listed word. Looked up by its lower-cased bytes, only where its shape is listed.
    @inline(__always)
    func addVotes(ofASCIILetters word: UnsafeBufferPointer<UInt8>, to scores: inout [Double]) -> Bool {
        let count = word.count
        guard count > 0, count <= longestASCIILetters else { return false }
        let bit = Self.shapeBit(count: count, first: word[0], last: word[count - 1])
        guard asciiShapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        // lower-cased in a word on the stack: a listed run of letters is at most eight bytes here
        var lowered: UInt64 = 0
        let number: Int? = count > 8 ? lowercasedLookUp(word) : withUnsafeMutableBytes(of: &lowered) { buffer in
            for k in 0..<count { buffer[k] = word[k] | 0x20 }
            return asciiWords.existingNumber(of: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        guard let number else { return false }
        let languageCount = Language.allCases.count
        for k in 0..<languageCount { scores[k] += asciiWordVotes[number * languageCount + k] }
        return true
    }

    /// `asciiWords`' number of the lower-cased `word`, longer than eight letters.
    private func lowercasedLookUp(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        Array(word.lazy.map { $0 | 0x20 }).withUnsafeBytes { asciiWords.existingNumber(of: $0) }
    }

    /// The languages of a lower-case ASCII word given as its bytes; nil for a word in no list.
    func asciiLanguages(of word: UnsafeRawBufferPointer) -> [Language]? {
        asciiWords.existingNumber(of: word).map { asciiWordLanguages[$0] }
    }

    static func == (a: StopwordLexicon, b: StopwordLexicon) -> Bool { a.languagesByWord == b.languagesByWord }

    /// Reads `nl = [...]`, `en = [...]`… from TOML; keys that are not a `Language` code are ignored.
    init(toml: String) throws {
        let table = try TOMLTable(string: toml)
        var lists: [Language: [String]] = [:]
        for language in Language.allCases where language != .unknown {
            lists[language] = table[language.rawValue]?.array?.compactMap { $0.string } ?? []
        }
        self.init(lists: lists)
    }

    /// The lexicon shipped in the package; empty (so every guess is `unknown`) if the resource is broken,
    /// which the tests rule out.
    static let bundled: StopwordLexicon =
        (try? StopwordLexicon(toml: String(decoding: PackageResources.stopwords_toml, as: UTF8.self)))
        ?? StopwordLexicon(lists: [:])
}
