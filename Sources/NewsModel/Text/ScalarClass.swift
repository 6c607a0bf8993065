/// The scalar properties the analysis asks of every scalar, answered for ASCII without the Unicode tables.
///
/// Each answer equals the Unicode property it names; only scalars outside ASCII reach the tables, which
/// cost a look-up per scalar and were a tenth of the analysis.
enum ScalarClass {
    /// Unicode `White_Space`: in ASCII, tab to carriage return and the space; beyond it, the next line
    /// and no-break space, the Ogham space mark, the spaces from U+2000 to U+200A, the line and paragraph
    /// separators, the narrow no-break, medium mathematical and ideographic spaces. The list has not
    /// changed since Unicode 6.3; a test holds it against the tables for every scalar.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return ASCIIBytes.isWhitespace(UInt8(truncatingIfNeeded: v)) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        switch v {
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A scalar that words are made of (`QuoteScanner.isWordScalar`): in ASCII, letters and digits.
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIWord(s.value) }
        return isWordBeyondASCII(s)
    }

    /// `isWord` of a scalar beyond ASCII: Latin-1 by `isLatin1Word`, the general punctuation (U+2000 to U+206F,
    /// ’ “ ” – — …) none, the rest as `QuoteScanner.isWordScalarBeyondASCII` says (its switch cost 117
    /// instructions a call, most of the tokenizer's calls being é ä ü ’ “ ”). Not inlined: the tokenizer's loop,
    /// grown by it, lost registers and its word scan was no longer inlined (+7 M on 1 000 articles).
    @inline(never)
    static func isWordBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x100 { return isLatin1Word(value) }
        if value &- 0x2000 < 0x70 { return false }
        return QuoteScanner.isWordScalarBeyondASCII(s)
    }

    /// `isWord` of a scalar from U+0080 to U+00FF: its letters (ª µ º, À to ÿ but × and ÷) and numbers (² ³ ¹ ¼ ½
    /// ¾), one bit of a 128-bit table picked by a shift, as `isASCIIWord`.
    @inline(__always)
    static func isLatin1Word(_ value: UInt32) -> Bool {
        // bits 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC to 0xBE less 0x80; all of 0xC0 to 0xFF but 0xD7 and 0xF7
        let bits: UInt64 = value < 0xC0 ? 0x762C_0400_0000_0000 : 0xFF7F_FFFF_FF7F_FFFF
        return bits &>> UInt64(value & 0x3F) & 1 != 0
    }

    /// `isWord` of an ASCII scalar's value (below 0x80): one bit of a 128-bit table of the letters and digits,
    /// picked by a shift, instead of three range compares.
    @inline(__always)
    static func isASCIIWord(_ value: UInt32) -> Bool {
        let bits: UInt64 = value < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE  // 0–9; A–Z and a–z
        return bits &>> UInt64(value & 0x3F) & 1 != 0
    }

    /// A word scalar or a combining mark that continues one; no scalar of ASCII, Latin-1 or the general
    /// punctuation (’ in "Russia’s") is a mark.
    @inline(__always)
    static func continuesWord(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIWord(s.value) }
        return continuesWordBeyondASCII(s)
    }

    /// `continuesWord` of a scalar beyond ASCII: in Latin-1 and the general punctuation, which have no marks,
    /// `isWordBeyondASCII`; else `continuesWordBeyondLatin1`. Not inlined, as `isWordBeyondASCII`.
    @inline(never)
    static func continuesWordBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x100 { return isLatin1Word(value) }
        if value &- 0x2000 < 0x70 { return false }
        return continuesWordBeyondLatin1(s)
    }

    /// `continuesWord` of a scalar from U+0100 on. Not inlined: a function that asks a scalar's general category
    /// fetches the types' metadata as it starts, even when it meets no such scalar (at every word of the
    /// tokenizer, a hundred instructions; and at each é or ’ a word met, when Latin-1 was asked here).
    @inline(never)
    static func continuesWordBeyondLatin1(_ s: Unicode.Scalar) -> Bool {
        QuoteScanner.isWordScalar(s) || s.properties.generalCategory == .nonspacingMark
    }

    /// Unicode `Alphabetic`: in ASCII, the letters.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x80 { return isASCIILetter(value) }
        // by range where the answer is known: the letters of Latin-1 and Latin Extended-A and -B (all but × and
        // ÷) and the general punctuation (none); the property is a look-up of 300 instructions
        switch value {
        case 0xC0...0x24F: return value != 0xD7 && value != 0xF7
        case 0x2000...0x206F: return false
        default: return s.properties.isAlphabetic
        }
    }

    /// Unicode `Uppercase`: in ASCII, A to Z; in the rest of Latin-1, À to Þ but × (the property is a look-up of
    /// 317 instructions, asked of every word that starts beyond ASCII, most of them é, É, ü).
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        if value < 0x100 { return (0xC0...0xDE).contains(value) && value != 0xD7 }
        return s.properties.isUppercase
    }

    @inline(__always)
    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
