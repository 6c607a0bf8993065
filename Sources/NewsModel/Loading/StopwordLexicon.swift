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
