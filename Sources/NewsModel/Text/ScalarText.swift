import Foundation

/// Strings made from runs of an article's scalars (tokens, mentions, quote texts), and text that may be
/// read scalar by scalar where characters are asked for.
public enum ScalarText {
    /// The text of `scalars`, encoded as UTF-8 in one pass into one buffer (appending scalars to a string's
    /// scalar view one by one cost a twentieth of the analysis).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer(string)
    }

    /// `string(_:)` of scalars in place (read without a bounds check each). ASCII text (most mentions and
    /// quotes) is found ASCII by or-ing the scalars together and written a byte a scalar, two loops without a
    /// branch each: counting each scalar's width and encoding it by its width cost 270 instructions a mention.
    /// Not inlined: the tokenizer's loop, which calls it for long words, grew and lost registers (2 M).
    @inline(never)
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var bits: UInt32 = 0
        for scalar in scalars { bits |= scalar.value }
        if bits < 0x80 {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for index in 0..<scalars.count { buffer[index] = UInt8(truncatingIfNeeded: scalars[index].value) }
                return scalars.count
            }
        }
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for scalar in scalars { n = encode(scalar, into: buffer, at: n) }
            return n
        }
    }

    /// Writes the UTF-8 of `scalar` into `buffer` from `n`; returns the offset past it. (Encoded here:
    /// iterating a scalar's UTF-8 view cost more than the bytes' arithmetic.)
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let value = scalar.value
        if value < 0x80 {
            buffer[n] = UInt8(truncatingIfNeeded: value)
            return n + 1
        } else if value < 0x800 {
            buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return n + 2
        } else if value < 0x10000 {
            buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return n + 3
        } else {
            buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return n + 4
        }
    }

    /// What `String.lowercased()` makes of the text of `scalars`: each scalar's lower-case mapping, in
    /// order. Only a scalar that may change is looked up in the tables (ASCII, Latin-1 and the general
    /// punctuation are worked out), so a word like "Russia’s" or "Zelensky’s" is lower-cased without making strings
    /// (`lowercased()` of a word beyond ASCII cost four thousand instructions).
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer(lowercased)
    }

    /// `lowercased(_:)` of scalars in place (read without a bounds check each). A text whose scalars all are
    /// worked out (`lowercaseWithoutTables`) is encoded as `string(_:)` encodes, into a string made at its
    /// final size (appending to an array of bytes, then copying it into a string, cost 1 300 instructions a word).
    static func lowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars {
            guard let lower = lowercaseWithoutTables(scalar) else {
                capacity = -1
                break
            }
            capacity += UTF8.width(lower)
        }
        if capacity >= 0 {
            return String(unsafeUninitializedCapacity: capacity) { buffer in
                var n = 0
                for scalar in scalars { n = encode(lowercaseWithoutTables(scalar) ?? scalar, into: buffer, at: n) }
                return n
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            if let lower = lowercaseWithoutTables(scalar) {
                bytes.append(contentsOf: lower.utf8)
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `lowercased(_:)` of `scalars` differs from their text (`string(_:)`): some scalar has another
    /// lower-case mapping, asked of the tables only beyond what `lowercaseWithoutTables` works out.
    static func changesWhenLowercased(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        scalars.contains { scalar in
            if let lower = lowercaseWithoutTables(scalar) { return lower != scalar }
            return scalar.properties.changesWhenLowercased
        }
    }

    /// The lower-case mapping of `scalar` where it is worked out without the tables: in ASCII and Latin-1
    /// (À to Þ but ×, one scalar up by 0x20; the rest unchanged) and in the general punctuation (’ in
    /// "Russia’s", which has no capitals); else nil.
    @inline(__always)
    static func lowercaseWithoutTables(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return Unicode.Scalar(ASCIIBytes.lowered(UInt8(truncatingIfNeeded: value))) }
        if (0xC0...0xDE).contains(value), value != 0xD7 { return Unicode.Scalar(value + 0x20) ?? scalar }
        if value < 0x100 || (0x2000...0x206F).contains(value) { return scalar }
        return nil
    }

    /// How many scalars `text` has: its UTF-8 bytes that begin one (all but the continuation bytes),
    /// counted in a loop over the bytes instead of by decoding each scalar.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8(scalarCount)
    }

    /// `scalarCount` of a view of a string, read in place where its bytes are contiguous.
    static func scalarCount(_ text: Substring) -> Int {
        text.utf8.withContiguousStorageIfAvailable(scalarCount) ?? scalarCount(String(text))
    }

    /// How many scalars the UTF-8 `bytes` hold (`scalarCount(_:)`): the bytes less the continuation bytes
    /// (0b10xxxxxx), found sixteen at a time as a vector of lane-wise arithmetic and added up in its lanes,
    /// which are summed every 255 steps and at the end; the last bytes in 64-bit words (byte by byte, the
    /// count cost seven instructions a byte; a bit count of each word, three: the machine's baseline has no
    /// instruction for it; eight bytes a step as a word, two; sixteen as a vector, one with the last bytes).
    /// Inlined: `ScalarOffsetMap` counts a few dozen bytes a call (calling it cost 0.35 M instructions more on
    /// 1 000 articles).
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var continuations = 0
        var i = 0
        while i &+ 16 <= count {
            var perByte = SIMD16<UInt8>()  // continuation bytes counted in each lane, at most 255 each
            let end = min(count, i &+ 16 &* 255)
            while i &+ 16 <= end {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                // one where a lane's high bit is set and its next bit (moved up into the high bit's place) clear
                perByte &+= (chunk & ~(chunk &<< 1)) &>> 7
                i &+= 16
            }
            let sums = unsafeBitCast(perByte, to: (UInt64, UInt64).self)
            continuations &+= byteSum(sums.0) &+ byteSum(sums.1)
        }
        // the last bytes, fewer than sixteen, as words of eight (byte by byte, they cost five instructions each)
        while i < count {
            let (word, taken) = lastBytes(bytes, from: i)
            continuations &+= continuationCount(word)
            i &+= taken
        }
        return count &- continuations
    }

    /// Up to eight of `bytes` from `start` (all that are left, if fewer) as a word, the first lowest, the rest
    /// of it zero; and how many they are. Where the text has eight bytes, the last read is the word that ends
    /// it, the bytes before `start` shifted out: the last bytes of a text read a word at a time.
    @inline(__always)
    static func lastBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: UInt64, taken: Int) {
        let count = bytes.count
        let taken = min(8, count &- start)
        guard count >= 8, let base = bytes.baseAddress else {
            var word: UInt64 = 0
            for k in 0..<taken { word |= UInt64(bytes[start &+ k]) << (8 &* k) }
            return (word, taken)
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start &+ taken &- 8, as: UInt64.self))
        return (word >> (8 &* (8 &- taken)), taken)
    }

    /// How many of the eight bytes of `word` continue a scalar (0b10xxxxxx): a byte's high bit where its next
    /// bit, moved up into the high bit's place, is clear, the eight flags added up in the top byte by a multiply.
    @inline(__always)
    static func continuationCount(_ word: UInt64) -> Int {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        return Int(truncatingIfNeeded: (((word & ~(word &<< 1)) >> 7 & lowBits) &* lowBits) >> 56)
    }

    /// The scalars of `text`, decoded from its (valid) UTF-8; an ASCII byte is its scalar. The array is made
    /// with room for a scalar a byte, the most there can be, instead of counting them in a pass of its own;
    /// sixteen ASCII bytes are widened to their scalars at once, as a vector. (`Array(text.unicodeScalars)`
    /// counted them by decoding once, then decoded again; eight bytes copied one by one cost thirteen
    /// instructions a byte with the count.)
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                guard let scalars = buffer.baseAddress, let source = bytes.baseAddress else { return }
                let from = UnsafeRawPointer(source)
                let into = UnsafeMutableRawPointer(scalars)
                let count = bytes.count
                var i = 0
                var n = 0
                while i < count {
                    if i &+ 16 <= count {
                        // sixteen bytes widened and stored whole (`n + 16` is within room, as `n <= i`); as many
                        // are kept as come before the first byte beyond ASCII, which is decoded at once below (asking
                        // the byte at `i` before each step cost a fifth more)
                        let chunk = from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                        into.storeBytes(of: SIMD16<UInt32>(truncatingIfNeeded: chunk), toByteOffset: n &* 4, as: SIMD16<UInt32>.self)
                        let halves = unsafeBitCast(chunk, to: (UInt64, UInt64).self)
                        let first = UInt64(littleEndian: halves.0) & 0x8080_8080_8080_8080
                        let second = UInt64(littleEndian: halves.1) & 0x8080_8080_8080_8080
                        guard first | second != 0 else {
                            i &+= 16
                            n &+= 16
                            continue
                        }
                        let ascii = first != 0 ? first.trailingZeroBitCount / 8 : 8 &+ second.trailingZeroBitCount / 8
                        i &+= ascii
                        n &+= ascii
                    } else if bytes[i] < 0x80 {
                        (scalars + n).initialize(to: Unicode.Scalar(bytes[i]))
                        i &+= 1
                        n &+= 1
                        continue
                    }
                    // the scalar beyond ASCII at `i`
                    let width = width(ofLead: bytes[i])
                    (scalars + n).initialize(to: decode(i, width, in: bytes))
                    i &+= width
                    n &+= 1
                }
                initialized = n
            }
        }
    }

    /// The width in bytes of a UTF-8 sequence that begins with `lead` (not a continuation byte).
    @inline(__always)
    static func width(ofLead lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The scalar whose `width` bytes begin at `i` of valid UTF-8 (a string's).
    @inline(__always)
    static func decode(_ i: Int, _ width: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        guard width > 1 else { return Unicode.Scalar(bytes[i]) }
        var value = UInt32(bytes[i]) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// True when `a` and `b` hold the same scalars, compared as their UTF-8 bytes in one block where both
    /// are contiguous (scalar by scalar, the check was a hundredth of the analysis).
    static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        guard !a.isEmpty else { return true }
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        if let compared, let result = compared { return result }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// True when every scalar of `text` is a character of its own, so that counting or splitting it by
    /// scalars gives what counting or splitting its characters gives: Latin letters up to U+02FF (no carriage
    /// return, which joins a line feed), the punctuation from U+2010 to U+2027, U+202F and from U+2030 to
    /// U+205E (“ ” ‘ ’ – — … ‹ › ‰), and the currency signs from U+20A0 to U+20C0 (€ ₽ ₴). None of these
    /// joins its neighbours, and each is its own normal form, so such texts are equal as strings only when
    /// equal as bytes; the combining marks from U+0300 join, and the joiners and bidi controls of U+200B to
    /// U+200F, U+202A to U+202E and from U+2060 do not stand alone.
    public static func isOneScalarPerCharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isOneScalarPerCharacter)
    }

    /// True for a scalar that is a character of its own wherever it stands (`isOneScalarPerCharacter`).
    static func isOneScalarPerCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value != 0x0D }
        return (0x2010...0x2027).contains(value) || (0x202F...0x205E).contains(value) || (0x20A0...0x20C0).contains(value)
    }

    /// How many words the UTF-8 `bytes` have when white-space folding (`WhitespaceFolding.fold`) leaves them as
    /// they are: words parted by single spaces, no space at either end, no other white space, no control
    /// character, and every scalar a character of its own (`isOneScalarPerCharacter`); else nil, though such a
    /// text may fold to itself too. Eight ASCII bytes are asked at once, in a 64-bit word; only bytes beyond
    /// ASCII are decoded. (Most paragraphs are so written: copying and folding each cost fifteen instructions
    /// a byte.)
    static func foldedWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count > 0, bytes[0] != 0x20, bytes[count - 1] != 0x20 else { return nil }
        let raw = UnsafeRawBufferPointer(bytes)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var spaces = 0
        var afterSpace = false
        var i = 0
        while i < count {
            // words of eight plain bytes (ASCII from the space up), most of the text, in a loop of their own: a
            // space after a space is checked as below, and the spaces are added up in each byte, summed every
            // 255 words (found, counted and stepped over by the general step below, the count was 6.7
            // instructions a byte of every paragraph)
            var perByte: UInt64 = 0
            var wordsAdded = 0
            var spaceBefore: UInt64 = afterSpace ? 0x80 : 0
            while i + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                guard (word | ~(word &+ 0x6060_6060_6060_6060)) & highBits == 0 else { break }
                let spaceBits = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits
                guard spaceBits & (spaceBits << 8 | spaceBefore) == 0 else { return nil }
                perByte &+= spaceBits >> 7
                spaceBefore = spaceBits >> 56
                i += 8
                wordsAdded += 1
                if wordsAdded == 255 {
                    spaces += byteSum(perByte)
                    perByte = 0
                    wordsAdded = 0
                }
            }
            spaces += byteSum(perByte)
            afterSpace = spaceBefore != 0
            guard i < count else { break }
            if i + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // a high bit in each byte beyond ASCII or below 0x20 (which adding 0x60 leaves below 0x80); a sum
                // carries only out of such a byte, into the bytes above it, so the lowest one found is the first
                let other = (word | ~(word &+ 0x6060_6060_6060_6060)) & highBits
                let plain = other == 0 ? 8 : other.trailingZeroBitCount / 8
                if plain > 0 {
                    // a high bit in each space of the plain bytes: a byte of `word ^ 0x20…` that is zero gets
                    // none from adding 0x7F
                    let kept: UInt64 = plain == 8 ? ~0 : (1 << (8 * plain)) - 1
                    let spaceBits = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits & kept
                    // a space after a space, among these bytes or across from the byte before them
                    guard spaceBits & (spaceBits << 8 | (afterSpace ? 0x80 : 0)) == 0 else { return nil }
                    spaces += Int(truncatingIfNeeded: ((spaceBits >> 7) &* 0x0101_0101_0101_0101) >> 56)
                    afterSpace = spaceBits >> (8 * plain - 1) & 1 != 0
                    i += plain
                    if plain == 8 { continue }
                }
            }
            let byte = bytes[i]
            if byte == 0x20 {
                guard !afterSpace else { return nil }
                spaces += 1
                afterSpace = true
                i += 1
                continue
            }
            afterSpace = false
            if byte < 0x80 {
                guard byte >= 0x20 else { return nil }  // white space, or a control character
                i += 1
                continue
            }
            let width = width(ofLead: byte)
            let scalar = decode(i, width, in: bytes)
            guard !ScalarClass.isWhitespace(scalar), isOneScalarPerCharacter(scalar) else { return nil }
            i += width
        }
        return spaces + 1
    }

    /// The sum of the eight bytes of `word`, each at most 255.
    @inline(__always)
    static func byteSum(_ word: UInt64) -> Int {
        // the eight bytes as four sums of two in 16 bits, added up in the top 16 bits by the multiply
        let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ (word >> 8 & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// How many words `text.split(whereSeparator: { $0 == " " })` gives, but no more than `limit`; counted on
    /// bytes when every scalar is a character of its own (splitting into characters was a twentieth of the
    /// analysis), asked in the same pass (asking first, through the string's scalar view, took three thousand
    /// instructions a quote). With a limit the bytes are read only as far as the word that reaches it: every
    /// scalar before is checked, so each space byte there is a space character (a quote's kind asks only
    /// against 2, 4 and 6 words, and counting every word of a long quote was half of classifying).
    static func spaceSeparatedWordCount(_ text: some StringProtocol, upTo limit: Int = .max) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                var width = 1
                if byte >= 0x80 {
                    width = Self.width(ofLead: byte)
                    guard isOneScalarPerCharacter(decode(i, width, in: bytes)) else { return nil }
                } else if byte == 0x0D {
                    return nil  // joins a line feed after it
                }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count >= limit { return limit }
                }
                i += width
            }
            return count
        } ?? nil  // not contiguous (a bridged string): split below
        return counted ?? min(text.split(whereSeparator: { $0 == " " }).count, limit)
    }
}
