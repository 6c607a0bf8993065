import Foundation

extension EntityTable.Words {
    /// The words of the office that title words `role` give: all but honorifics ("mr", "m") and relations
    /// ("counterpart"), which are how the text names someone, not an office. The role is these words joined with
    /// spaces. (A method, not a function nested in `person`: reading the lexicon through the mutable table that
    /// captured, it copied the word index out, five references retained and released a word, 2.6 M on 1 000 articles.
    /// And a method of the word lists, not of the table: the table, asked from its own mutating methods, was copied
    /// whole for each call, 460 bytes, 0.5 M instructions on 1 000 articles.)
    func office(of role: [String]) -> [String] {
        // the title words themselves where all are an office (most): filtering made a new array of them
        guard let cut = role.firstIndex(where: { !isOffice($0) }) else { return role }
        var words = Array(role[..<cut])
        for word in role[(cut + 1)...] where isOffice(word) { words.append(word) }
        return words
    }

    /// Whether title word `word` names an office: it is no honorific or relation (`WordClass.notOffice`), with
    /// or without a full stop.
    private func isOffice(_ word: String) -> Bool {
        // most words have no full stop to trim: they are turned away before Foundation builds a character set
        // (asked of the first and last bytes: a full stop is one byte, which no other scalar begins or ends
        // with, and the last scalar of the view cost 150 instructions)
        // (read in place, at once: the view's `first` and `last` cost 100 instructions each)
        let stop = word.utf8.withContiguousStorageIfAvailable { $0.first == 0x2E || $0.last == 0x2E }
            ?? (word.utf8.first == 0x2E || word.utf8.last == 0x2E)
        let bare = stop ? word.trimmingCharacters(in: CharacterSet(charactersIn: ".")) : word
        // one look-up by bytes, where asking `honorifics` and `relationalRoles` hashed the word twice with SipHash
        return classes[bare]?.classes.contains(.notOffice) != true
    }
}

extension EntityTable {
    // How the table reads the words of a role: whether one is generic, and the words a role was joined from.

    /// "politician", or a compound ending in one: "Grünen-Politikerin".
    func isGeneric(_ word: String) -> Bool {
        if lexicon.genericRoles.contains(word) { return true }
        if let dash = Self.lastDash(word) { return lexicon.genericRoles.contains(String(word[word.index(after: dash)...])) }
        return false
    }

    /// `word.lastIndex(of: "-")`, found on the bytes of an ASCII word (most), where each byte is a character:
    /// searching the characters cost 2 800 instructions a word.
    /// In other words too the last dash byte, where the bytes beside it are ASCII or ends: no scalar of ASCII joins
    /// a dash into a character of more scalars, and a dash character is that one byte (searching the characters of
    /// "Grünen-Politikerin" cost 3 800 instructions).
    static func lastDash(_ word: String) -> String.Index? {
        if ASCIIBytes.isASCII(word) { return word.utf8.lastIndex(of: 0x2D) }
        let bytes = word.utf8
        guard let dash = bytes.lastIndex(of: 0x2D) else { return nil }  // no dash byte, no dash character
        let after = bytes.index(after: dash)
        if after == bytes.endIndex || bytes[after] < 0x80, dash == bytes.startIndex || bytes[bytes.index(before: dash)] < 0x80 {
            return dash
        }
        return word.lastIndex(of: "-")
    }

    /// The words of `role` (`SpaceSeparated.words`), which is `pieces` joined with spaces where they are given.
    /// Pieces of one word each (most) are the words themselves: splitting the role again made a string of each,
    /// a third of filing a role.
    static func roleWords(_ role: String, joinedFrom pieces: [String]?) -> [String] {
        guard let pieces, pieces.allSatisfy(isOneWord) else { return SpaceSeparated.words(role) }
        return pieces
    }

    /// Whether `piece`, joined with others by spaces, is one of the words `split(separator: " ")` makes of the
    /// whole: it has no space, and it begins and ends with ASCII, so no space beside it joins a character of
    /// it (a mark after a space, or a prepended sign before one, would make the space no separator).
    static func isOneWord(_ piece: String) -> Bool {
        // its bytes read once in place (the view's `first` and `last`, 100 instructions a piece)
        if let one = piece.utf8.withContiguousStorageIfAvailable({ bytes in
            guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else { return false }
            return !bytes.contains(0x20)
        }) {
            return one
        }
        guard let first = piece.utf8.first, let last = piece.utf8.last, first < 0x80, last < 0x80 else { return false }
        return !piece.utf8.contains(0x20)
    }
}
