import Foundation

/// An article body as `ArticleDocument` keeps it: the paragraphs joined by `\n\n` in one string, and where
/// each ends in it (UTF-8 bytes).
///
/// A plain-text body is cut straight from its bytes (`init(lines:)`): lines split, trimmed and tested for
/// blankness on the UTF-8 of the file's text, and the result copied from it in runs. Through a `Substring`
/// per line, a `String` per paragraph and a second join, reading the body of a 2 KB article cost thirty
/// thousand instructions.
struct JoinedParagraphs: Sendable, Equatable {
    var text: String
    /// Where each paragraph ends in `text`; the next one starts two bytes (`\n\n`) later.
    var ends: [Int]

    /// The paragraphs joined by `\n\n`, in a buffer of exactly that size.
    init(joining paragraphs: [String]) {
        var text = ""
        text.reserveCapacity(paragraphs.reduce(2 * max(0, paragraphs.count - 1)) { $0 + $1.utf8.count })
        var ends: [Int] = []
        ends.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            if !ends.isEmpty { text += "\n\n" }
            text += paragraph
            ends.append(text.utf8.count)
        }
        self.text = text
        self.ends = ends
    }

    /// The paragraphs of `body` as `ParagraphSplitter.paragraphs(fromLines: body.lines)` finds them: blank
    /// (white-space-only) lines separate paragraphs, and the lines of one are trimmed and joined by a space.
    init(lines body: Substring) {
        if let (runs, ends) = body.utf8.withContiguousStorageIfAvailable(Self.plan) {
            self.init(body, runs: runs, ends: ends)
        } else {
            let copy = String(body)  // a native copy, whose bytes are contiguous
            var plan: ([Run], [Int]) = ([], [])
            if let planned = copy.utf8.withContiguousStorageIfAvailable(Self.plan) { plan = planned }
            self.init(copy[...], runs: plan.0, ends: plan.1)
        }
    }

    /// A stretch of the body's bytes copied as it is, and what goes before it in the text.
    private struct Run {
        var bytes: Range<Int>
        var separator: Separator
    }

    private enum Separator {
        case none, space, blankLine

        var text: String {
            switch self {
            case .none: ""
            case .space: " "
            case .blankLine: "\n\n"
            }
        }

        var count: Int {
            switch self {
            case .none: 0
            case .space: 1
            case .blankLine: 2
            }
        }
    }

    private init(_ body: Substring, runs: [Run], ends: [Int]) {
        let utf8 = body.utf8
        func slice(_ bytes: Range<Int>) -> Substring {
            body[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)]
        }
        self.ends = ends
        if runs.count == 1 {
            text = String(slice(runs[0].bytes))
            return
        }
        var text = ""
        text.reserveCapacity(ends.last ?? 0)
        for run in runs {
            text += run.separator.text
            text += slice(run.bytes)
        }
        self.text = text
    }

    /// The runs of `bytes` that make up the text, and the paragraph ends. A paragraph break that the bytes
    /// already hold as `\n\n` between two trimmed lines extends a run: most articles are one run.
    private static func plan(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Run], [Int]) {
        var runs: [Run] = []
        // Room for a paragraph every 128 bytes (news paragraphs run longer): grown from empty, the array was
        // made anew 3.6 times an article (1.5 M instructions at 1 000 articles), and had as much room to spare.
        var ends: [Int] = []
        ends.reserveCapacity(bytes.count / 128 + 2)
        var length = 0  // of the text so far
        var inParagraph = false
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = lineFeed(in: bytes, from: lineStart) ?? bytes.count
            let line = UTF8Whitespace.trimmed(bytes, lineStart..<lineEnd)
            lineStart = lineEnd + 1
            if line.isEmpty {
                if inParagraph { ends.append(length) }
                inParagraph = false
                continue
            }
            let separator: Separator = inParagraph ? .space : ends.isEmpty ? .none : .blankLine
            length += separator.count + line.count
            inParagraph = true
            if separator == .blankLine, let last = runs.last?.bytes.upperBound, line.lowerBound == last + 2,
               bytes[last] == 0x0A, bytes[last + 1] == 0x0A {
                runs[runs.count - 1].bytes = runs[runs.count - 1].bytes.lowerBound..<line.upperBound
            } else {
                runs.append(Run(bytes: line, separator: separator))
            }
        }
        if inParagraph { ends.append(length) }
        return (runs, ends)
    }

    /// The offset of the first `\n` at or after `start`, found with `memchr`.
    private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}
