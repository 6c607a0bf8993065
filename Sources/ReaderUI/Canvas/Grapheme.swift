/// One grapheme of a text as it reaches the screen: where it lies in the text, what is drawn for it
/// (`SafeText.cleaned`) and the columns that takes.
///
/// `at(_:of:bytes:)` (and `forEach(in:)` over it) walks a text's graphemes as iterating its `Character`s
/// does, but on the text's UTF-8 bytes: two ASCII scalars always have a grapheme break between them
/// except CR LF, so printable ASCII followed by ASCII (or by the end) is a grapheme of its own, and so is
/// one scalar of the ranges `singleScalar` names. Every other grapheme is read as a `Character`, so
/// Swift's segmentation decides. Drawing and fitting text went through a `Character`, a `String` and
/// `SafeText` for every cell, most of a frame's cost.
struct Grapheme {
    /// UTF-8 offsets of the grapheme in the text walked.
    var start: Int
    var end: Int
    /// The grapheme's first scalar (what `Character.isWhitespace` asks).
    var first: Unicode.Scalar
    /// How many Unicode scalars it has.
    var scalarCount: Int
    /// Columns it takes once made safe: 0 when `SafeText` drops it, else 1 or 2 (`TextWrapper.columns`).
    var columns: Int
    /// True when what is drawn for it is the grapheme itself: nothing was replaced or dropped.
    var isVerbatim: Bool

    /// True when the grapheme is white space, as `Character.isWhitespace` says (by its first scalar).
    var isWhitespace: Bool {
        // In ASCII, White_Space is the space and tab to carriage return.
        first.value < 0x80 ? first.value == 0x20 || (0x09...0x0D).contains(first.value) : first.properties.isWhitespace
    }

    /// What is drawn for this grapheme of `text` (`SafeText.cleaned`), nil when it takes no cell.
    /// `ascii` is `Grapheme.asciiDrawn`, read once by the caller.
    @inline(__always)
    func drawn<Text: StringProtocol>(in text: Text, ascii: [String]) -> String? {
        guard columns > 0 else { return nil }
        if isVerbatim, scalarCount == 1, first.value < 0x80 { return ascii[Int(first.value)] }
        return drawnBeyondASCII(in: text)
    }

    @inline(never)
    private func drawnBeyondASCII<Text: StringProtocol>(in text: Text) -> String? {
        if isVerbatim, scalarCount == 1 { return String(first) }
        return Self.character(at: start, of: text).flatMap(SafeText.cleaned).map(String.init)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copied when the text does not hold them in one piece
    /// (the offsets are the same).
    @inline(__always)
    static func withBytes<Text: StringProtocol, Result>(of text: Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The grapheme that begins at UTF-8 offset `index` of `text` (a grapheme boundary, before the
    /// end), whose bytes are `bytes`. Graphemes follow one another: the next begins at `end`.
    @inline(__always)
    static func at<Text: StringProtocol>(_ index: Int, of text: Text, bytes: UnsafeBufferPointer<UInt8>) -> Grapheme {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F && breaksBefore(index + 1, of: bytes) {
            // Printable ASCII before a break: a grapheme of one column, drawn as it is.
            return Grapheme(start: index, end: index + 1, first: Unicode.Scalar(byte), scalarCount: 1, columns: 1, isVerbatim: true)
        }
        return beyondASCII(at: index, of: text, bytes: bytes)
    }

    @inline(never)
    private static func beyondASCII<Text: StringProtocol>(at index: Int, of text: Text, bytes: UnsafeBufferPointer<UInt8>) -> Grapheme {
        if let grapheme = singleScalar(at: index, of: bytes) { return grapheme }
        // Any other grapheme: the text from here, whose start is a grapheme boundary, gives it as its
        // first Character.
        guard let character = character(at: index, of: text) else {
            return Grapheme(start: index, end: bytes.count, first: " ", scalarCount: 0, columns: 0, isVerbatim: false)
        }
        return Grapheme(character, start: index, end: index + character.utf8.count)
    }

    /// Calls `body` with each grapheme of `text` in order until it returns false.
    @inline(__always)
    static func forEach<Text: StringProtocol>(in text: Text, _ body: (Grapheme) -> Bool) {
        withBytes(of: text) { bytes in
            var index = 0
            while index < bytes.count {
                let grapheme = at(index, of: text, bytes: bytes)
                guard body(grapheme) else { return }
                index = grapheme.end
            }
        }
    }

    /// True when a grapheme break comes before UTF-8 offset `index` of `bytes` after a scalar that is
    /// not CR nor a prepended mark (Grapheme_Cluster_Break=Prepend): at the end, or before a scalar that
    /// extends nothing. Such a scalar only joins an Extend, ZWJ or SpacingMark after it, and none of ASCII,
    /// of U+0080–U+02FF (controls, Latin-1, Latin Extended, IPA, spacing modifiers: the combining marks
    /// begin at U+0300) or of U+2010–U+2027 (dashes, quotation marks, ellipsis) is one.
    @inline(__always)
    private static func breaksBefore(_ index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return true }
        let lead = bytes[index]
        if lead < 0x80 || (0xC2...0xCB).contains(lead) { return true }
        return lead == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x90...0xA7).contains(bytes[index + 2])
    }

    /// The grapheme at `index` of `bytes` when it is one scalar whose grapheme plainly ends after it;
    /// nil when it takes segmentation to tell.
    ///
    /// An ASCII control other than CR ends its grapheme; a scalar below U+0600 (where the prepended marks
    /// begin) or of General Punctuation below U+2070 does where `breaksBefore` says the next one starts a
    /// grapheme.
    private static func singleScalar(at index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Grapheme? {
        let lead = bytes[index]
        let value: UInt32
        let length: Int
        switch lead {
        case 0..<0x80 where lead != 0x0D:
            (value, length) = (UInt32(lead), 1)
        case 0xC2..<0xD8:  // U+0080–U+05FF
            guard index + 1 < bytes.count else { return nil }
            (value, length) = (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] &- 0x80 < 2:  // U+2000–U+207F
            (value, length) = (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
            guard value < 0x2070 else { return nil }
        default:
            return nil
        }
        let end = index + length
        // A control ends its grapheme whatever follows (but CR before LF, left out above).
        guard value < 0x20 || value == 0x7F || breaksBefore(end, of: bytes), let scalar = Unicode.Scalar(value) else { return nil }
        if let stand = SafeText.replacement(for: scalar) {
            // A control: drawn as its stand-in, which takes one column.
            return Grapheme(start: index, end: end, first: scalar, scalarCount: 1, columns: DisplayWidth.of(stand),
                            isVerbatim: false)
        }
        let columns = DisplayWidth.of(scalar)
        return Grapheme(start: index, end: end, first: scalar, scalarCount: 1, columns: columns, isVerbatim: columns > 0)
    }

    /// The grapheme that begins at UTF-8 offset `start` of `text` (a grapheme boundary).
    private static func character<Text: StringProtocol>(at start: Int, of text: Text) -> Character? {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)...].first
    }

    /// The grapheme `character` at `start..<end` of a text.
    private init(_ character: Character, start: Int, end: Int) {
        self.start = start
        self.end = end
        self.first = character.unicodeScalars.first ?? " "
        var scalarCount = 0
        var isReplaced = false
        for scalar in character.unicodeScalars {
            scalarCount += 1
            if SafeText.replacement(for: scalar) != nil { isReplaced = true }
        }
        self.scalarCount = scalarCount
        if isReplaced {
            self.columns = SafeText.cleaned(character).map(DisplayWidth.of) ?? 0
            self.isVerbatim = false
        } else {
            // What `SafeText.cleaned` does with a character that needs no stand-in.
            self.columns = DisplayWidth.of(first)
            self.isVerbatim = columns > 0
        }
    }

    private init(start: Int, end: Int, first: Unicode.Scalar, scalarCount: Int, columns: Int, isVerbatim: Bool) {
        self.start = start
        self.end = end
        self.first = first
        self.scalarCount = scalarCount
        self.columns = columns
        self.isVerbatim = isVerbatim
    }

    /// The printable ASCII characters as strings, by byte (the others are never read from here).
    static let asciiDrawn: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
}
