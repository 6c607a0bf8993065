extension MentionParser {
    /// Whether the name words `name` may be a country or capital as far as their bytes say: one word
    /// always (`mayNamePlace` asks its facts); several only when a place name of several words begins with
    /// the same byte and is as long (`Places.mayNameMultiWordPlace`). Every name of two words or more was
    /// joined into a string and looked up (450 instructions; "Antony Blinken", "Ned Price"), and few
    /// are places. A name with a scalar from U+0300 on (in its words or between them) is looked up as before:
    /// its joined words may not be their own normal form.
    func mayBeNamedPlace(_ name: Range<Int>) -> Bool {
        guard name.count >= 2 else { return true }
        for index in tokens[name.lowerBound].range.lowerBound..<tokens[name.upperBound - 1].range.upperBound where text[index].value >= 0x300 {
            return true
        }
        // the joined words' length: each word (or its possessor, a prefix of it) and a space between two
        var length = name.count - 1
        for k in name { length += (tokens[k].facts.possessor ?? tokens[k].text).utf8.count }
        guard let first = (tokens[name.lowerBound].facts.possessor ?? tokens[name.lowerBound].text).utf8.first else { return true }
        return places.mayNameMultiWordPlace(first: first, length: length)
    }
}
