import TOMLKit

/// The common function words of each language, read once from `Lexicon/stopwords.toml`.
///
/// A word listed for several languages belongs to each; `LanguageGuesser` splits its vote among them.
struct StopwordLexicon: Sendable, Equatable {
    /// For each listed word (lower case), the languages whose list holds it.
    var languagesByWord: [String: [Language]]

    init(lists: [Language: [String]]) {
        var table: [String: [Language]] = [:]
        for language in Language.allCases {
            for word in lists[language] ?? [] where !(table[word.lowercased()] ?? []).contains(language) {
                table[word.lowercased(), default: []].append(language)
            }
        }
        languagesByWord = table
    }

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
