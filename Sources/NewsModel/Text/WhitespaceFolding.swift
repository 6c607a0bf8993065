/// Text with each run of white space made one space and the ends trimmed, on UTF-8 bytes: for comparing
/// paragraphs (`ArticleAnalyzer.markRepeats`) and for one-line header values (`foldingWhitespace`).
enum WhitespaceFolding {
    /// Writes `text` into `bytes` as UTF-8 with each run of white space made one space and the ends trimmed;
    /// returns how many words it has, and whether every scalar written is a character of its own
    /// (`ScalarText.isOneScalarPerCharacter` of the result). The text is copied into a buffer used again for
    /// every paragraph and folded there in place: an ASCII byte is its own scalar and is asked of directly,
    /// only a byte beyond ASCII is decoded, and a word is moved only when white space before it was dropped. (Decoding every scalar and appending each
    /// word's run of bytes cost forty instructions a byte, a twentieth of the analysis.)
    static func fold(_ text: some StringProtocol, into bytes: inout [UInt8]) -> (words: Int, oneScalarPerCharacter: Bool) {
        bytes.removeAll(keepingCapacity: true)
        // from contiguous storage in one copy: a view's UTF-8 was appended byte by byte
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
        let (length, words, oneScalarPerCharacter) = bytes.withUnsafeMutableBufferPointer(foldInPlace)
        bytes.removeLast(bytes.count - length)
        return (words, oneScalarPerCharacter)
    }

    /// How many of the UTF-8 `bytes` are ASCII from `!` to DEL: bytes that folding keeps, in order, and that
    /// no scalar it drops or writes holds, so texts that fold alike have as many. Nil when a scalar from U+0300
    /// is neither a character of its own (`ScalarText.isOneScalarPerCharacter`) nor white space of the general
    /// punctuation (`isPlainLead`): such a text may equal another as a string, not as bytes, and have another
    /// count. Sixteen bytes are asked at once, as a vector of lane-wise arithmetic, and only a byte that leads a
    /// scalar from U+0300 is looked at: two instructions a byte, the last bytes
    /// of each text with them (`ScalarText.foldedWordCount` takes five).
    static func keptASCIICount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var kept = 0
        var i = 0
        while i &+ 16 <= count {
            var perByte = SIMD16<UInt8>()  // kept bytes counted in each lane, at most 255 each
            let end = min(count, i &+ 16 &* 255)
            while i &+ 16 <= end {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let low = chunk & 0x7F
                // one in each lane from 0x21 to 0x7F: its low bits reach 0x80 with 0x5F added, its own high bit is clear
                perByte &+= ((low &+ 0x5F) & ~chunk) &>> 7
                // a high bit in each lane from 0xCC, the lead of a scalar from U+0300
                let leads = unsafeBitCast((low &+ 0x34) & chunk & 0x80, to: (UInt64, UInt64).self)
                if leads.0 | leads.1 != 0 {
                    guard allPlainLeads(UInt64(littleEndian: leads.0), at: i, in: bytes),
                          allPlainLeads(UInt64(littleEndian: leads.1), at: i &+ 8, in: bytes) else { return nil }
                }
                i &+= 16
            }
            let sums = unsafeBitCast(perByte, to: (UInt64, UInt64).self)
            kept &+= ScalarText.byteSum(sums.0) &+ ScalarText.byteSum(sums.1)
        }
        // the last bytes, fewer than sixteen, as words of eight (byte by byte, they cost six instructions each)
        while i < count {
            let (word, taken) = ScalarText.lastBytes(bytes, from: i)
            let low = word & 0x7F7F_7F7F_7F7F_7F7F
            let keptBits = (low &+ 0x5F5F_5F5F_5F5F_5F5F) & ~word & 0x8080_8080_8080_8080
            kept &+= Int(truncatingIfNeeded: ((keptBits >> 7) &* 0x0101_0101_0101_0101) >> 56)
            guard allPlainLeads((low &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080, at: i, in: bytes) else { return nil }
            i &+= taken
        }
        return kept
    }

    /// True when every byte of `bytes` from `start` whose high bit is set in `leads` (the eight bytes from
    /// `start` as a word, the first lowest) leads a scalar that `isPlainLead` allows.
    @inline(__always)
    private static func allPlainLeads(_ leads: UInt64, at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var leads = leads
        while leads != 0 {
            guard isPlainLead(at: start &+ leads.trailingZeroBitCount / 8, in: bytes) else { return false }
            leads &= leads &- 1
        }
        return true
    }

    /// True when the scalar that `bytes[i]` leads is of the general punctuation and a character of its own
    /// or white space: U+2000 to U+200A, U+2010 to U+2029, U+202F to U+205F or U+20A0 to U+20C0 (“ ” ’ – …).
    @inline(__always)
    private static func isPlainLead(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[i] == 0xE2, i + 2 < bytes.count else { return false }
        let offset = UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)  // from U+2000
        return offset <= 0x0A || (0x10...0x29).contains(offset) || (0x2F...0x5F).contains(offset) || (0xA0...0xC0).contains(offset)
    }

    /// Folds the UTF-8 in `buffer` into its own front (the folded text is never longer); returns the folded
    /// length, the words and whether every scalar is a character of its own.
    private static func foldInPlace(_ buffer: inout UnsafeMutableBufferPointer<UInt8>)
        -> (length: Int, words: Int, oneScalarPerCharacter: Bool) {
        let source = UnsafeBufferPointer(buffer)
        let raw = UnsafeRawBufferPointer(source)
        let count = buffer.count
        var i = 0  // read
        var n = 0  // written
        var words = 0
        var oneScalarPerCharacter = true
        while true {
            // white space up to the next word
            while i < count {
                let byte = source[i]
                if byte < 0x80 {
                    guard ASCIIBytes.isWhitespace(byte) else { break }
                    i += 1
                    continue
                }
                let width = ScalarText.width(ofLead: byte)
                guard ScalarClass.isWhitespace(ScalarText.decode(i, width, in: source)) else { break }
                i += width
            }
            guard i < count else { break }
            if words > 0 {
                buffer[n] = 0x20
                n += 1
            }
            words += 1
            // the word, up to the next white space, moved down only when white space was dropped before it
            let start = i
            while i < count {
                // eight bytes at a time up to the first that is white space or beyond ASCII: a high bit set in
                // each byte below 0x21 or from 0x80 (a borrow reaches only bytes above the first such byte)
                if i + 8 <= count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let special = ((word &- 0x2121_2121_2121_2121) | word) & 0x8080_8080_8080_8080
                    guard special != 0 else {
                        i += 8
                        continue
                    }
                    i += special.trailingZeroBitCount / 8
                }
                let byte = source[i]
                if byte < 0x80 {
                    if ASCIIBytes.isWhitespace(byte) { break }
                    i += 1
                    continue
                }
                let width = ScalarText.width(ofLead: byte)
                let scalar = ScalarText.decode(i, width, in: source)
                if ScalarClass.isWhitespace(scalar) { break }
                if oneScalarPerCharacter { oneScalarPerCharacter = ScalarText.isOneScalarPerCharacter(scalar) }
                i += width
            }
            if n != start {
                for k in 0..<i - start { buffer[n + k] = source[start + k] }  // forwards: `n` is below `start`
            }
            n += i - start
        }
        return (n, words, oneScalarPerCharacter)
    }
}
