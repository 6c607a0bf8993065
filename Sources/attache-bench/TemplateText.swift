/// A text of a bundled article cut into literal pieces and name slots, so that a copy with other
/// names is a cheap concatenation (generating 100 000 articles stays within seconds).
struct TemplateText {
    /// A run of the original text, or the place of one person's given or family name.
    enum Piece {
        case literal(String)
        case name(person: Int, family: Bool)
    }

    let pieces: [Piece]

    /// Cuts `text` at every whole word (maximal run of letters, matched with its case) that `slots` names.
    init(_ text: String, slots: [String: (person: Int, family: Bool)]) {
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        func endWord() {
            guard !word.isEmpty else { return }
            if let slot = slots[String(word)] {
                if !literal.isEmpty { pieces.append(.literal(String(literal))) }
                literal = String.UnicodeScalarView()
                pieces.append(.name(person: slot.person, family: slot.family))
            } else {
                literal.append(contentsOf: word)
            }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
            } else {
                endWord()
                literal.append(scalar)
            }
        }
        endWord()
        if !literal.isEmpty { pieces.append(.literal(String(literal))) }
        self.pieces = pieces
    }

    /// The maximal runs of letters in `text`.
    static func words(of text: String) -> Set<String> {
        var words: Set<String> = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                words.insert(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.insert(String(current)) }
        return words
    }

    /// The text with `people[i]` in the slots of person `i`.
    func render(_ people: [NamePool.Person]) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case let .literal(literal): text += literal
            case let .name(person, family): text += family ? people[person].last : people[person].first
            }
        }
        return text
    }
}
