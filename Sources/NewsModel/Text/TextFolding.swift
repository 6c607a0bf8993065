import Foundation

/// Case- and accent-insensitive forms of text, for matching names the way people type them.
public enum TextFolding {
    /// "Poetin" and "poetin", "Élysée" and "elysee" fold to the same string.
    /// ASCII text (most names) is lower-cased byte by byte, which is all folding does to it; Foundation's
    /// folding, which bridges to `NSString`, cost a twentieth of the analysis. Text of ASCII and accented
    /// Latin letters (most other names) is folded letter by letter from `latinFolds`, keeping the marks of
    /// `foldFreeMarks` (curly quotes, dashes) as they are.
    public static func fold(_ text: String) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            if bytes.count <= 15, PackedASCII.stringsFromBits { return smallFolded(bytes, of: text) }
            switch asciiCase(bytes) {
            case .lower: return text
            case .mixed: return ASCIIBytes.loweredString(bytes)
            case .notASCII: return latinFolded(bytes)
            }
        }
        if let ascii, let folded = ascii { return folded }
        if ascii == nil, ASCIIBytes.isASCII(text) { return ASCIIBytes.loweredString(text.utf8) }  // not contiguous
        return foundationFolded(text)
    }

    /// Foundation's case, diacritic and width folding: what every fast path here must agree with.
    private static func foundationFolded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Foundation's folding of each letter from U+00C0 to U+017F (À to ſ), made once: "é" → "e", "ß" → "ss",
    /// "Ł" → "ł". These letters stand alone (no mark or joiner of theirs reaches into a neighbour), so text of
    /// them and ASCII folds letter by letter to what Foundation makes of the whole; a test holds that.
    static let latinFolds: [[UInt8]] = LatinLetters.table(foundationFolded)

    /// `bytes` folded when they are ASCII, letters of `latinFolds` (two bytes each, lead byte C3 to C5) and
    /// marks of `foldFreeMarks` (kept as they are); nil for other text, which Foundation folds.
    static func latinFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // a two-byte letter folds to at most three bytes (ŉ → ʼn): twice the input is always room enough
        if bytes.count <= 15, PackedASCII.stringsFromBits {
            // a short name folded into two words of the stack, and fifteen bytes or fewer made a string from their
            // bits as `SmallUTF8` makes one (`String(unsafeUninitializedCapacity:)` cost 300 instructions a name)
            var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            let count = withUnsafeMutableBytes(of: &bits) { latinFold(bytes, into: $0) }
            guard count > 0 else { return nil }
            guard count <= 15 else { return withUnsafeBytes(of: &bits) { String(decoding: $0.prefix(count), as: UTF8.self) } }
            return SmallUTF8.string((bits.0, bits.1), count: count)
        }
        let folded = String(unsafeUninitializedCapacity: bytes.count * 2) { latinFold(bytes, into: UnsafeMutableRawBufferPointer($0)) }
        return folded.isEmpty ? nil : folded
    }

    /// Writes `bytes` folded (see `latinFolded`) into `buffer`, of twice their count, and returns how many bytes it
    /// wrote: 0 for text that is not of ASCII, `latinFolds` and `foldFreeMarks`.
    private static func latinFold(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        LatinLetters.map(bytes, letters: latinFolds, into: buffer, keeping: foldFreeMarkLength)
    }

    /// `fold` of `text`, whose bytes are `bytes` (at most fifteen): read as two words, asked at once whether they
    /// are ASCII and lower case, and lower-cased into a string made from their bits (`PackedASCII`). A short word
    /// cost 200 instructions asked byte by byte, and 300 more made through `String(unsafeUninitializedCapacity:)`.
    private static func smallFolded(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> String? {
        var bits: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &bits) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        guard (bits.0 | bits.1) & 0x8080_8080_8080_8080 == 0 else { return latinFolded(bytes) }
        let packed = PackedASCII(low: bits.0, high: bits.1, count: bytes.count)
        let lowered = packed.lowercased
        return lowered == packed ? text : lowered.string(fromBits: true)
    }

    /// `fold(words.joined(separator: " "))`, made in one string when the words are ASCII (most names):
    /// folding ASCII works byte by byte, so folding the joined words is joining their lower-cased bytes.
    static func foldJoined(_ words: [String]) -> String {
        // one word (a surname, half the names) is folded alone: in lower case already it is its own folding
        if words.count == 1 { return fold(words[0]) }
        if words.count > 1, PackedASCII.stringsFromBits, let small = smallJoined(words) { return small }
        var count = max(0, words.count - 1)
        for word in words {
            guard let ascii = word.utf8.withContiguousStorageIfAvailable({ asciiCase($0) != .notASCII }), ascii else {
                return fold(words.joined(separator: " "))
            }
            count += word.utf8.count
        }
        // each word's bytes copied from its storage: iterating the words' UTF-8 views cost 565 instructions a
        // name (foldJoined on 1 000 articles: 15.7 → 10.9 M)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for n in words.indices {
                if n > 0 { buffer[at] = 0x20; at += 1 }
                at = words[n].utf8.withContiguousStorageIfAvailable { bytes in
                    var to = at
                    for byte in bytes { buffer[to] = ASCIIBytes.lowered(byte); to += 1 }
                    return to
                } ?? at
            }
            return at
        }
    }

    /// `words` joined with spaces and lower-cased as a string made from its bits (`PackedASCII`), when they are
    /// ASCII of at most fifteen bytes so joined; else nil. The bytes are copied first and asked whether they are
    /// ASCII as two words at once: asked word by word, and made through `String(unsafeUninitializedCapacity:)`, a
    /// name cost 500 instructions.
    private static func smallJoined(_ words: [String]) -> String? {
        var bits: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &bits) { raw -> Int? in
            var at = 0
            for n in words.indices {
                if n > 0 {
                    guard at < 15 else { return nil }
                    raw[at] = 0x20
                    at += 1
                }
                let copied = words[n].utf8.withContiguousStorageIfAvailable { bytes -> Int? in
                    guard at + bytes.count <= 15 else { return nil }
                    UnsafeMutableRawBufferPointer(rebasing: raw[at...]).copyMemory(from: UnsafeRawBufferPointer(bytes))
                    return at + bytes.count
                }
                guard let copied, let copied else { return nil }
                at = copied
            }
            return at
        }
        guard let count, (bits.0 | bits.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return PackedASCII(low: bits.0, high: bits.1, count: count).lowercased.string(fromBits: true)
    }

    /// What folding has to do to ASCII text: nothing, or lower-case its capitals; or it is not ASCII.
    enum ASCIICase { case lower, mixed, notASCII }

    /// Whether `bytes` are ASCII and hold a capital, in one pass.
    /// One pass over contiguous bytes where the first fast path took two over the view's iterator
    /// (is it ASCII? has it a capital?) and lower-cased through it: names are folded many times over.
    static func asciiCase(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIICase {
        var upper = false
        for byte in bytes {
            if byte >= 0x80 { return .notASCII }
            if byte &- 0x41 < 26 { upper = true }
        }
        return upper ? .mixed : .lower
    }

    /// The folded words of `text`, split on anything that is not a letter or digit.
    /// ASCII text is split on its bytes: in ASCII the letters and digits are A–Z, a–z and 0–9, so this
    /// gives what splitting the folded `Character`s gives, without the Unicode property look-up per
    /// character that was most of the cost. Other text is folded first, which often leaves ASCII ("é" → "e").
    /// Marks of `foldFreeMarks` (curly quotes, dashes, no-break spaces) are split on as well.
    public static func words(_ text: String) -> [String] {
        if let words = text.utf8.withContiguousStorageIfAvailable({ asciiWords($0, lowering: true) }), let words { return words }
        let folded = fold(text)
        if let words = folded.utf8.withContiguousStorageIfAvailable({ asciiWords($0, lowering: false) }), let words { return words }
        return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The runs of ASCII letters and digits in `bytes`, lower-cased when `lowering` (what folding does to
    /// ASCII); nil when `bytes` hold anything but ASCII and marks of `foldFreeMarks`, which fold to themselves
    /// and stand between words.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> [String]? {
        var words: [String] = []
        var start: Int?
        var index = 0
        while index <= bytes.count {
            var length = 1
            var inWord = false
            if index < bytes.count, bytes[index] >= 0x80 {
                length = foldFreeMarkLength(bytes, at: index)
                guard length > 0 else { return nil }
            } else if index < bytes.count {
                let byte = ASCIIBytes.lowered(bytes[index])
                inWord = byte &- 0x61 < 26 || byte &- 0x30 < 10
            }
            if inWord, start == nil { start = index }
            if !inWord, let first = start {
                let word = UnsafeBufferPointer(rebasing: bytes[first..<index])
                words.append(lowering ? ASCIIBytes.loweredString(word) : String(decoding: word, as: UTF8.self))
                start = nil
            }
            index += length
        }
        return words
    }

    /// Marks that fold to themselves and are neither letters nor digits, common in news beside ASCII: the
    /// no-break space, en and em dashes, curly quotes and apostrophes (the apostrophe of "Blinken’s").
    /// Text of ASCII and these is folded and split on its bytes too.
    static let foldFreeMarks: Set<UInt32> = Set([0xA0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D].filter { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        let mark = Character(scalar)
        let folded = foundationFolded(String(mark))
        return folded == String(mark) && !mark.isLetter && !mark.isNumber
    }.map(UInt32.init))

    /// The length in bytes of the mark of `foldFreeMarks` that starts at `index` (two or three), or 0.
    static func foldFreeMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let length = ScalarText.width(ofLead: bytes[index])
        guard length > 1, index + length <= bytes.count else { return 0 }
        return foldFreeMarks.contains(ScalarText.decode(index, length, in: bytes).value) ? length : 0
    }

    /// True when the words of `needle` stand together, in order, among the words of `haystack`.
    public static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        let hay = words(haystack)
        let want = words(needle)
        guard !want.isEmpty, want.count <= hay.count else { return false }
        for start in 0...(hay.count - want.count) where Array(hay[start..<start + want.count]) == want {
            return true
        }
        return false
    }
}
