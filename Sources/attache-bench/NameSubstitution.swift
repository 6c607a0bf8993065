/// Replaces whole words of a text by other words, leaving everything around them (quote marks,
/// punctuation, "Mr.", possessive "'s") as it was.
struct NameSubstitution {
    /// Word to its replacement; words are maximal runs of letters, matched with their case.
    var replacements: [String: String] = [:]

    /// The maximal runs of letters in `text`.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `text` with every word that has a replacement replaced.
    func apply(to text: String) -> String {
        guard !replacements.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            result.append(contentsOf: (replacements[word] ?? word).unicodeScalars)
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result)
    }
}
