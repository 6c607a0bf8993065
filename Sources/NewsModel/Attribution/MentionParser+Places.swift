extension MentionParser {
    /// The place the name words `name` name as the places list has it (a possessive as its possessor): the
    /// joined words and the code of the country, a capital's first; nil when the list has none of that name.
    /// A name of several words is looked up by the bytes of its words joined on the stack, and its string made
    /// only for a place: every name of two words or more that might be one by its first byte and length
    /// ("Antony Blinken", "Ned Price", half of them) was joined into a string and looked up (400 instructions).
    /// Only a name that is not byte-comparable (`StringNumbers.isByteComparable`) is looked up as a string, as before.
    func namedPlace(_ name: Range<Int>) -> (name: String, code: String)? {
        guard name.count >= 2 else {
            let word = tokens[name.lowerBound].facts.possessor ?? tokens[name.lowerBound].text
            guard let place = places.placeNames[word], let code = place.capital ?? place.country else { return nil }
            return (word, code)
        }
        // only the last word can be a possessive (a name ends at one), whose possessor drops its two last scalars
        let last = name.upperBound - 1
        let lastEnd = tokens[last].range.upperBound - (tokens[last].facts.possessor == nil ? 0 : 2)
        // .some(answer) where the bytes tell; nil where only the string can
        let found: PlaceName?? = text.withUnsafeBufferPointer { scalars in
            // the words' scalars (a word token's text is the string of its scalars) joined by a space: their
            // UTF-8 length, and whether each is byte-comparable (`StringNumbers.isByteComparable`), in one pass
            var length = name.count - 1
            var comparable = true
            for k in name {
                for index in tokens[k].range.lowerBound..<(k == last ? lastEnd : tokens[k].range.upperBound) {
                    let value = scalars[index].value
                    comparable = comparable && (value < 0x300 || (0x2010...0x2027).contains(value))
                    length += value < 0x80 ? 1 : value < 0x800 ? 2 : 3
                }
            }
            guard comparable, length > 0, length <= Self.longestJoinedName else { return nil }
            let first = scalars[tokens[name.lowerBound].range.lowerBound].value
            // no place name of several words begins with this byte and is as long (most names: not encoded)
            guard places.mayNameMultiWordPlace(first: UInt8(truncatingIfNeeded: first < 0x80 ? first : 0xC0 | first >> 6), length: length) else {
                return .some(nil)
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var n = 0
                for k in name {
                    if k > name.lowerBound {
                        buffer[n] = UInt8(ascii: " ")
                        n += 1
                    }
                    for index in tokens[k].range.lowerBound..<(k == last ? lastEnd : tokens[k].range.upperBound) {
                        n = ScalarText.encode(scalars[index], into: buffer, at: n)
                    }
                }
                let bytes = UnsafeBufferPointer(buffer)
                assert(StringNumbers.isByteComparable(bytes), "scalars below U+0300 and general punctuation are byte-comparable")
                return places.placeNames.value(ofByteComparable: bytes)
            }
        }
        let place: PlaceName?
        if case .some(let answer) = found { place = answer } else { place = places.placeNames[joinedNameWords(name)] }
        assert((place == nil) == (places.placeNames[joinedNameWords(name)] == nil), "the bytes of a name find the place its string finds")
        guard let place, let code = place.capital ?? place.country else { return nil }
        return (joinedNameWords(name), code)
    }

    /// The most bytes a joined name may take to be looked up on the stack; a longer one is joined into a string.
    static let longestJoinedName = 256
}
