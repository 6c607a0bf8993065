/// Finds every quoted span in an article's text, in one pass over its Unicode scalars.
///
/// Straight and curly marks are told apart from apostrophes by what stands on either side of them;
/// a closing mark closes the nearest open quote of its family; a paragraph that leaves a quote open
/// continues it when the next paragraph reopens it (newspaper convention), and otherwise the quote
/// ends with its paragraph, so an unbalanced mark never swallows the rest of the article. Quotes nest at
/// most `maximumDepth` deep, so the quotes' texts together stay within that many times the article's.
public struct QuoteScanner: Sendable {
    /// How far down the stack a mark looks for an open quote of its family; deeper openers count as unbalanced.
    static let searchDepth = 64
    /// How many quotes may be open at once; a mark that would open one more is no quote, and neither is the
    /// closing mark that matches it (see `overflow` in `scan`). Real text nests two or three levels (a quote
    /// inside a quote inside a quote); every open quote's text holds all the quotes inside it, so unbounded
    /// nesting (“a “b “c … ” ” ”) would make the texts grow with the square of the input.
    static let maximumDepth = 4
    /// How far ahead a possessive `s’` looks for a later mark that could close the quote instead.
    static let possessiveLookahead = 300

    public init() {}

    /// A quote open on the scanner's stack. A plain value, so that reading, pushing and popping entries
    /// retains nothing: the segments of earlier paragraphs, which only a quote carried over to the bottom of
    /// the next paragraph's stack has, are kept beside the stack (as `bottomSegments` in `scan`).
    struct OpenMark {
        var scalar: Unicode.Scalar
        var offset: Int
        var family: QuoteMark.Family
        var paragraph: Int
        var segmentStart: Int
    }

    /// Per family, openers not pushed because the stack was full; as many closers are passed over.
    /// (Two counters: a dictionary hashed the family at every closing mark.)
    struct Overflow {
        private var double = 0
        private var single = 0

        subscript(family: QuoteMark.Family) -> Int {
            get { family == .double ? double : single }
            set { if family == .double { double = newValue } else { single = newValue } }
        }
    }

    /// Scans `text`, whose paragraphs occupy `paragraphs` (scalar offset ranges, in order).
    public func scan(_ text: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [QuoteSpan] {
        scan(text, paragraphs: paragraphs, counter: nil)
    }

    /// `scan`, counting the stack entries its searches examine into `counter`.
    func scan(_ text: [Unicode.Scalar], paragraphs: [Range<Int>], counter: WorkCounter?) -> [QuoteSpan] {
        text.withUnsafeBufferPointer { scan($0, paragraphs: paragraphs, counter: counter) }
    }

    /// `scan` on the text's storage: the scalars are read without a bounds check each, every offset read
    /// lying inside a paragraph's range, which is clamped to the text first (reading through the array
    /// checked each index, and its loop over every scalar cost fifteen instructions a scalar).
    private func scan(_ text: UnsafeBufferPointer<Unicode.Scalar>, paragraphs: [Range<Int>], counter: WorkCounter?) -> [QuoteSpan] {
        let whole = 0..<text.count
        var spans: [QuoteSpan] = []
        /// Never deeper than `maximumDepth`: made once per article and emptied per paragraph.
        var stack: [OpenMark] = []
        stack.reserveCapacity(Self.maximumDepth)
        var carried: (mark: OpenMark, segments: [Range<Int>])?
        for (index, paragraph) in paragraphs.enumerated() {
            let range = paragraph.clamped(to: whole)
            if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }  // on an empty stack, 55 instructions a paragraph
            /// The inner ranges of earlier paragraphs of the quote at `stack[0]`, when it was carried over.
            var bottomSegments: [Range<Int>] = []
            var overflow = Overflow()
            /// Closes the quote opened by `stack[found]` with the mark at `offset`; openers above it were unbalanced.
            func close(_ found: Int, markAt offset: Int, width: Int) {
                let open = stack[found]
                // one mark at a time: `removeLast(_:)` of a count cost a hundred instructions a quote
                while stack.count > found { stack.removeLast() }
                var done: [Range<Int>] = []
                if found == 0 { swap(&done, &bottomSegments) }
                guard found < Self.maximumDepth else { return }
                // room for sixteen at the first: growing one by one from one cost 400 instructions a doubling
                if spans.isEmpty { spans.reserveCapacity(16) }
                spans.append(QuoteSpan(
                    start: open.offset, end: offset + width, doneSegments: done, lastSegment: open.segmentStart..<offset,
                    paragraph: open.paragraph, lastParagraph: index, depth: found, isClosed: true))
            }
            var i = range.lowerBound
            if let (open, segments) = carried {
                while i < range.upperBound, ScalarClass.isWhitespace(text[i]) { i += 1 }
                i += 1  // the reopening mark, checked before carrying
                var reopened = open
                reopened.segmentStart = i
                stack.append(reopened)
                bottomSegments = segments
                carried = nil
            }
            while true {
                i = QuoteMark.firstPossibleMark(in: text, from: i, to: range.upperBound)
                guard i < range.upperBound else { break }
                let scalar = text[i]
                if scalar == QuoteMark.straightSingle, i + 1 < range.upperBound, text[i + 1] == QuoteMark.straightSingle {
                    // NYT style: two apostrophes stand for a double quotation mark
                    let prev: Unicode.Scalar? = i > range.lowerBound ? text[i - 1] : nil
                    let next: Unicode.Scalar? = i + 2 < range.upperBound ? text[i + 2] : nil
                    let leftFlanked = prev.map(Self.opensBefore) ?? true
                    let rightFlanked = next.map(Self.closesAfter) ?? true
                    if leftFlanked && !rightFlanked {
                        if stack.count < Self.maximumDepth {
                            stack.append(OpenMark(scalar: QuoteMark.straightDouble, offset: i, family: .double, paragraph: index, segmentStart: i + 2))
                        } else {
                            overflow[.double] += 1
                        }
                    } else if !leftFlanked, overflow[.double] > 0 {
                        overflow[.double] -= 1
                    } else if !leftFlanked, let found = indexOfOpener(for: .double, in: stack, counter: counter) {
                        close(found, markAt: i, width: 2)
                    }
                    i += 2
                    continue
                }
                if let family = QuoteMark.family(of: scalar) {
                    switch role(of: i, in: text, range: range, family: family, stack: stack, counter: counter) {
                    case .open:
                        guard stack.count < Self.maximumDepth else {
                            overflow[family] += 1
                            break
                        }
                        stack.append(OpenMark(scalar: scalar, offset: i, family: family, paragraph: index, segmentStart: i + 1))
                    case .close:
                        if overflow[family] > 0 {
                            overflow[family] -= 1
                        } else if let found = indexOfOpener(for: family, in: stack, counter: counter) {
                            close(found, markAt: i, width: 1)
                        }
                    case .none:
                        break
                    }
                }
                i += 1
            }
            guard let bottom = stack.first else { continue }
            let contentEnd = trimmedEnd(text, range)
            let lastSegment = bottom.segmentStart..<max(bottom.segmentStart, contentEnd)
            if index + 1 < paragraphs.count, reopens(text, paragraphs[index + 1].clamped(to: whole), family: bottom.family) {
                bottomSegments.append(lastSegment)
                carried = (bottom, bottomSegments)
            } else if bottom.family == .double || bottom.paragraph != index || !bottomSegments.isEmpty {
                // Recover at the end of the paragraph: the quote ends where its paragraph ends.
                spans.append(QuoteSpan(
                    start: bottom.offset, end: contentEnd, doneSegments: bottomSegments, lastSegment: lastSegment,
                    paragraph: bottom.paragraph, lastParagraph: index, depth: 0, isClosed: false))
            }
        }
        // a quote closes before the quote around it, so only nested quotes leave spans out of order: the
        // others are returned as found (sorting them anyway cost 1.1 M instructions on 1 000 articles)
        var k = 1
        while k < spans.count, (spans[k - 1].start, spans[k - 1].depth) < (spans[k].start, spans[k].depth) { k += 1 }
        if k >= spans.count { return spans }
        return spans.sorted { ($0.start, $0.depth) < ($1.start, $1.depth) }
    }

    enum Role { case open, close, none }

    /// Decides whether the mark at `i` opens a quote, closes one, or is an apostrophe / stray mark.
    func role(of i: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, family: QuoteMark.Family, stack: [OpenMark],
              counter: WorkCounter? = nil) -> Role {
        let scalar = text[i]
        let prev: Unicode.Scalar? = i > range.lowerBound ? text[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < range.upperBound ? text[i + 1] : nil
        let leftFlanked = prev.map(Self.opensBefore) ?? true
        let rightFlanked = next.map(Self.closesAfter) ?? true
        let nextIsText = next.map { !ScalarClass.isWhitespace($0) } ?? false
        let topScalar = indexOfOpener(for: family, in: stack, counter: counter).map { stack[$0].scalar }
        let familyOpen = topScalar != nil

        switch scalar {
        case QuoteMark.lowDouble:
            return nextIsText || next == "\u{00A0}" ? .open : .none
        case QuoteMark.leftDouble:
            if topScalar == QuoteMark.lowDouble, rightFlanked || !leftFlanked { return .close }
            if familyOpen, !leftFlanked, rightFlanked { return .close }  // a feed that closes with “ as well
            return nextIsText || next == "\u{00A0}" || next == " " ? .open : .none
        case QuoteMark.rightDouble:
            if familyOpen { return .close }
            return leftFlanked && nextIsText ? .open : .none
        case QuoteMark.leftGuillemet, QuoteMark.leftSingleGuillemet:
            // «…» and ‹…›, or Swiss/German »…« and ›…‹ closed by the left mark
            let right = scalar == QuoteMark.leftGuillemet ? QuoteMark.rightGuillemet : QuoteMark.rightSingleGuillemet
            if topScalar == right { return .close }
            return .open
        case QuoteMark.rightGuillemet, QuoteMark.rightSingleGuillemet:
            if familyOpen, topScalar != scalar { return .close }
            // »Ja« opens on a word; a stray » before punctuation ("Royaume-Uni ».") opens nothing.
            return leftFlanked && opensWord(next) ? .open : (familyOpen ? .close : .none)
        case QuoteMark.straightDouble:
            // "… 'inner,'" Grossi said: right after another mark, a " with space after it closes.
            if familyOpen, rightFlanked, let prev, QuoteMark.family(of: prev) != nil, prev != scalar { return .close }
            if leftFlanked && !rightFlanked { return .open }
            if !leftFlanked && rightFlanked { return familyOpen ? .close : .none }
            if !leftFlanked && !rightFlanked && familyOpen { return .close }
            return .none
        case QuoteMark.lowSingle:
            return leftFlanked && next.map(Self.isWordScalar) == true ? .open : .none
        case QuoteMark.leftSingle, QuoteMark.straightSingle:
            if let prev, Self.isWordScalar(prev), let next, Self.isWordScalar(next) { return .none }  // don't, zo'n
            if scalar == QuoteMark.leftSingle, topScalar == QuoteMark.lowSingle, rightFlanked { return .close }
            if leftFlanked, let next, Self.isWordScalar(next) {
                return isElision(after: i, in: text, range: range) ? .none : .open
            }
            if !leftFlanked, rightFlanked, familyOpen, !isPossessive(at: i, in: text, range: range) { return .close }
            return .none
        case QuoteMark.rightSingle:
            if let prev, Self.isWordScalar(prev), let next, Self.isWordScalar(next) { return .none }
            if familyOpen, !leftFlanked || prev.map(Self.isClosingPunctuation) == true,
               !isPossessive(at: i, in: text, range: range) {
                return .close
            }
            if !familyOpen, leftFlanked, let next, Self.isWordScalar(next), !isElision(after: i, in: text, range: range),
               hasLaterCloser(after: i, in: text, range: range, closer: QuoteMark.rightSingle) {
                return .open  // a feed that writes ’…’
            }
            return .none
        default:
            return .none
        }
    }

    /// The topmost open mark of `family` within `searchDepth` of the top of the stack.
    func indexOfOpener(for family: QuoteMark.Family, in stack: [OpenMark], counter: WorkCounter? = nil) -> Int? {
        var k = stack.count - 1
        var looked = 0
        while k >= 0, looked < Self.searchDepth {
            counter?.quoteStack += 1
            if stack[k].family == family { return k }
            k -= 1
            looked += 1
        }
        return nil
    }

    /// True when the word after the mark at `i` is an elision ('s, 't, 'n, '90s), so the mark is an apostrophe.
    /// The word's first eight scalars are compared; an ASCII word as its lower-cased bytes in one integer
    /// (`QuoteMark.elisionKeys`), without making a string, lower-casing it and hashing it (which cost three
    /// thousand instructions an apostrophe, a sixth of scanning).
    func isElision(after i: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>) -> Bool {
        let start = i + 1
        var end = start
        while end < min(range.upperBound, start + 8), Self.isWordScalar(text[end]) { end += 1 }
        guard end > start else { return false }
        let first = text[start]
        if first.isASCII, (0x30...0x39).contains(first.value) { return true }  // '90s
        var key: UInt64 = 0
        for k in start..<end {
            guard text[k].isASCII else { return isElisionBeyondASCII(text[start..<end]) }
            key |= UInt64(ASCIIBytes.lowered(UInt8(truncatingIfNeeded: text[k].value))) << (8 * (k - start))
        }
        return QuoteMark.elisionKeys.contains(key)
    }

    /// `isElision` of a word with a scalar beyond ASCII: one that begins with a number ('٩٠s), or a listed
    /// elision when lower-cased. Not inlined: a function that asks a scalar's properties or makes a string
    /// sets up their types as it starts, even for the ASCII words (a hundred instructions an apostrophe).
    @inline(never)
    func isElisionBeyondASCII(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard let first = word.first else { return false }
        if first.properties.numericType != nil { return true }
        var string = ""
        string.unicodeScalars.append(contentsOf: word)
        return QuoteMark.elisions.contains(string.lowercased())
    }

    /// An `s’` / `s'` followed by a lower-case word, with another closing mark later in the paragraph:
    /// a plural possessive ("de VS’ positie"), not the end of the quote.
    func isPossessive(at i: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>) -> Bool {
        guard i > range.lowerBound, text[i - 1] == "s" || text[i - 1] == "S",
              i + 2 < range.upperBound, text[i + 1] == " ", text[i + 2].properties.isLowercase else { return false }
        return hasLaterCloser(after: i, in: text, range: range, closer: text[i])
    }

    func hasLaterCloser(after i: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, closer: Unicode.Scalar) -> Bool {
        let limit = min(range.upperBound, i + Self.possessiveLookahead)
        var j = i + 1
        while j < limit {
            if text[j] == closer, j > range.lowerBound, !Self.isWordScalar(text[j - 1]) || j + 1 >= range.upperBound || !Self.isWordScalar(text[j + 1]) {
                if j + 1 >= range.upperBound || Self.closesAfter(text[j + 1]) { return true }
            }
            j += 1
        }
        return false
    }

    func reopens(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, family: QuoteMark.Family) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, ScalarClass.isWhitespace(text[i]) { i += 1 }
        return i < range.upperBound && QuoteMark.canReopen(text[i], family: family)
    }

    func trimmedEnd(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, ScalarClass.isWhitespace(text[end - 1]) { end -= 1 }
        return end
    }

    /// A letter or a digit: Unicode `Alphabetic` or with a numeric type (in ASCII, the letters and digits).
    /// Inlined for its ASCII test; a call that could reach the tables set up their types first, which cost
    /// a hundred instructions for every ASCII scalar asked.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return ScalarClass.isWord(s) }
        return isWordScalarBeyondASCII(s)
    }

    /// `isWordScalar` of a scalar beyond ASCII: in Latin-1, its letters (ª µ º, À to ÿ but × and ÷) and
    /// numbers (² ³ ¹ ¼ ½ ¾); in the general punctuation (U+2000 to U+206F, ’ “ ” – — …), none; else from the
    /// Unicode tables, which cost five hundred instructions a look-up. A test holds it to the tables for
    /// every scalar.
    @inline(never)
    static func isWordScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return true
        case 0x80...0xFF, 0x2000...0x206F: return false
        default: return s.properties.isAlphabetic || s.properties.numericType != nil
        }
    }

    /// What may stand before an opening mark: white space, one of `([{/—–-:` or a mark. (Switches: searching
    /// a string's scalars for the neighbours of every mark was a ninth of scanning.) An ASCII scalar is one bit
    /// of a 128-bit table, picked by a shift (the switch cost thirty instructions a call).
    @inline(__always)
    static func opensBefore(_ s: Unicode.Scalar) -> Bool {
        // tab to carriage return, space " ' ( - / : and [ {
        if s.isASCII { return asciiBit(s, low: 0x0400_A185_0000_3E00, high: 0x0800_0000_0800_0000) }
        return opensBeforeBeyondASCII(s)
    }

    /// `opensBefore` of a scalar beyond ASCII.
    @inline(never)
    static func opensBeforeBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "—", "–": return true
        default: return ScalarClass.isWhitespace(s) || QuoteMark.family(of: s) != nil
        }
    }

    /// What may stand after a closing mark: white space, one of `.,;:!?)]}—–-…/` or a mark. An ASCII scalar
    /// is one bit of a 128-bit table, as in `opensBefore`.
    @inline(__always)
    static func closesAfter(_ s: Unicode.Scalar) -> Bool {
        // tab to carriage return, space ! " ' ) , - . / : ; ? and ] }
        if s.isASCII { return asciiBit(s, low: 0x8C00_F287_0000_3E00, high: 0x2000_0000_2000_0000) }
        return closesAfterBeyondASCII(s)
    }

    /// `closesAfter` of a scalar beyond ASCII.
    @inline(never)
    static func closesAfterBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "—", "–", "…": return true
        default: return ScalarClass.isWhitespace(s) || QuoteMark.family(of: s) != nil
        }
    }

    /// The bit of an ASCII scalar in a 128-bit table: in `low` for U+0000 to U+003F, else in `high`.
    @inline(__always)
    private static func asciiBit(_ s: Unicode.Scalar, low: UInt64, high: UInt64) -> Bool {
        (s.value < 0x40 ? low : high) &>> UInt64(s.value & 0x3F) & 1 != 0
    }

    /// True when `next` can begin quoted words: a letter or digit, or another opening mark.
    func opensWord(_ next: Unicode.Scalar?) -> Bool {
        guard let next else { return false }
        return Self.isWordScalar(next) || QuoteMark.family(of: next) != nil
    }

    /// One of `.,;:!?…`.
    static func isClosingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", "…": true
        default: false
        }
    }
}
