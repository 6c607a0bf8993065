extension Attributor {
    /// What classifying a quote asks of its text: how many words it has (counted up to seven), whether it is
    /// a short title ("Saturday Night Live") and whether it ends like speech. Found in one pass over the
    /// text's UTF-8 bytes where every scalar is a character of its own (`ScalarText.isOneScalarPerCharacter`),
    /// which most quotes are; else from the functions it stands for. (Counting the words, reading them for
    /// capitals and finding the last scalar each through a view of the substring cost 1 400 instructions a quote.)
    struct QuoteShape: Equatable {
        /// `ScalarText.spaceSeparatedWordCount(text, upTo: 7)`.
        var words: Int
        /// At most six words, and `isTitleCase(text)`: a longer quote is never asked whether it is a title.
        var isShortTitle: Bool
        /// `endsLikeSpeech(text)`.
        var endsLikeSpeech: Bool
    }

    /// The shape of a quote's text.
    static func shape(of text: Substring) -> QuoteShape {
        var text = text
        // `withUTF8` reads a native substring in place (its UTF-8 view's `withContiguousStorageIfAvailable`
        // went through a generic slice of the string's view)
        if let shape = text.withUTF8(shapeOfBytes) { return shape }
        return slowShape(of: text)
    }

    /// `shape(of:)` from the functions it stands for, one by one.
    static func slowShape(of text: Substring) -> QuoteShape {
        let words = ScalarText.spaceSeparatedWordCount(text, upTo: 7)
        return QuoteShape(words: words, isShortTitle: words <= 6 && isTitleCase(text), endsLikeSpeech: endsLikeSpeech(text))
    }

    /// `shape(of:)` of valid UTF-8 `bytes`; nil where a scalar the words are read to is not a character of its own.
    /// Read a word at a time: its first scalar, then runs of ASCII bytes stepped over eight at a time up to the next
    /// space (byte by byte, with a word's state kept at every byte, the shape cost 670 instructions a quote).
    private static func shapeOfBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> QuoteShape? {
        var words = 0
        var allFit = true
        var firstCapitalised = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x20 {
                i += 1
                continue
            }
            // a word's first scalar: read (and turned away when it joins another, or is a carriage return, which
            // joins a line feed after it) before the seventh word answers
            var capitalised: Bool
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                capitalised = (0x41...0x5A).contains(byte)
                i += 1
            } else {
                let width = ScalarText.width(ofLead: byte)
                let scalar = ScalarText.decode(i, width, in: bytes)
                guard ScalarText.isOneScalarPerCharacter(scalar) else { return nil }
                capitalised = isUppercase(scalar)
                i += width
            }
            words += 1
            // the seventh word answers: the rest is not read
            if words == 7 {
                guard let ends = endsLikeSpeech(bytes) else { return nil }
                return QuoteShape(words: 7, isShortTitle: false, endsLikeSpeech: ends)
            }
            if words == 1 { firstCapitalised = capitalised }
            // the rest of the word, in scalars: runs of ASCII, and the scalars beyond ASCII between them
            var length = 1
            while i < bytes.count {
                let run = plainRun(bytes, from: i)
                length += run
                i += run
                guard i < bytes.count, bytes[i] != 0x20 else { break }
                guard bytes[i] != 0x0D else { return nil }
                let width = ScalarText.width(ofLead: bytes[i])
                guard ScalarText.isOneScalarPerCharacter(ScalarText.decode(i, width, in: bytes)) else { return nil }
                length += 1
                i += width
            }
            if !capitalised, length > 3 { allFit = false }
        }
        guard let ends = endsLikeSpeech(bytes) else { return nil }
        return QuoteShape(words: words, isShortTitle: words > 0 && allFit && firstCapitalised, endsLikeSpeech: ends)
    }

    /// How many bytes from `start` on are ASCII other than a space or a carriage return.
    @inline(__always)
    static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = start
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // a high bit for each byte that is zero once XORed with a space or a carriage return, and for each byte
            // beyond ASCII; bits above a zero byte may be set wrongly by the borrow, so only the lowest one is read
            let spaces = word ^ (ones &* 0x20)
            let returns = word ^ (ones &* 0x0D)
            let stops = (spaces &- ones) & ~spaces & highs | (returns &- ones) & ~returns & highs | word & highs
            if stops != 0 { return i - start + stops.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count, bytes[i] < 0x80, bytes[i] != 0x20, bytes[i] != 0x0D { i += 1 }
        return i - start
    }

    /// `endsLikeSpeech` of valid UTF-8 `bytes`, from its last two scalars; nil where the scalar before the
    /// last is one that may join it (U+0600 and above, see `endsLikeSpeech(_:)`).
    private static func endsLikeSpeech(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let (last, lastStart) = scalar(before: bytes.count, in: bytes) else { return false }
        switch last {
        case ".", "!", "?", ",", "…": break
        default: return false
        }
        guard let (before, _) = scalar(before: lastStart, in: bytes) else { return true }
        return before.value < 0x600 ? true : nil
    }

    /// The scalar that ends just before byte `end` of valid UTF-8 `bytes`, and where it starts; nil at the start.
    private static func scalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (ScalarText.decode(start, end - start, in: bytes), start)
    }

    /// `Character(scalar).isUppercase` of a scalar beyond ASCII that is a character of its own. Latin-1 and
    /// Latin Extended-A (É, Ö, Ł, Š) by their layout, the punctuation of U+2010 to U+2070 (’ “ — …) and the
    /// currency signs (€) as not upper case, any other scalar from the character, which cost four thousand
    /// instructions a call. A test holds it to the character for every scalar up to U+20C0.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0xC0...0xDE: return value != 0xD7
        case 0xAA, 0xBA, 0x138, 0x178: return true  // ª º ĸ: no case mapping changes them, so upper case as characters
        case 0x80...0xBF, 0xDF...0xFF, 0x2010...0x2070, 0x20A0...0x20C0: return false
        case 0x100...0x137, 0x14A...0x177: return value & 1 == 0
        case 0x139...0x148, 0x179...0x17E: return value & 1 == 1
        case 0x149, 0x17F: return false
        default: return Character(scalar).isUppercase
        }
    }
}
