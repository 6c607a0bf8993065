/// Where the first sentence of a title ends, and how to shorten it.
enum TitleSentence {
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]"]
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "no", "nr", "gen", "col", "lt", "sgt",
        "capt", "gov", "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "co", "corp", "approx", "ca",
        "cf", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "dhr", "mevr", "mw", "drs", "ir", "ing",
        "mgr", "bijv", "incl", "excl", "resp", "blz", "hr", "fr", "dipl", "bzw", "vgl", "mme", "mlle",
        "me", "ste", "av", "bd", "min", "max", "vol", "art",
    ]

    /// The index just past the first sentence of `characters`, or its end when no sentence ends in it.
    static func end(in characters: [Character]) -> Int {
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "." || character == "!" || character == "?" else {
                index += 1
                continue
            }
            var after = index + 1
            while after < characters.count, closers.contains(characters[after]) { after += 1 }
            let atBoundary = after == characters.count || characters[after].isWhitespace
            if atBoundary && (character != "." || endsSentence(characters, period: index, next: after)) {
                return after
            }
            index += 1
        }
        return characters.count
    }

    /// Whether the full stop at `period` ends a sentence, judging the word before it and the word after.
    private static func endsSentence(_ characters: [Character], period: Int, next: Int) -> Bool {
        var start = period
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<period]).trimmingOpeners
        if word.isEmpty { return true }
        if word.count == 1, word.first?.isLetter == true { return false }
        if word.contains(".") { return false }
        if abbreviations.contains(word.lowercased()) { return false }
        if word.count <= 2, word.allSatisfy(\.isNumber) { return false }
        var following = next
        while following < characters.count, characters[following].isWhitespace { following += 1 }
        if following < characters.count, characters[following].isLowercase { return false }
        return true
    }

    /// Cut at the last white space that leaves room for `…`, trailing punctuation removed.
    static func shortened(_ sentence: ArraySlice<Character>, limit: Int) -> String {
        let room = sentence.prefix(max(0, limit - 1))
        var cut = room
        if let space = room.lastIndex(where: \.isWhitespace), space > room.startIndex {
            cut = room[..<space]
        }
        while let last = cut.last, last.isWhitespace || ",;:-–—".contains(last) { cut.removeLast() }
        if cut.isEmpty { cut = room }
        return String(cut) + "…"
    }
}

private extension String {
    /// The word without opening quotes or brackets in front (`“Mr` is `Mr`).
    var trimmingOpeners: String {
        String(drop { "\"'“‘«([".contains($0) })
    }
}
