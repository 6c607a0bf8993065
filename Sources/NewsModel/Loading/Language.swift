import Foundation

/// The languages attache reads; `unknown` when neither the header nor the words say.
public enum Language: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case nl, en, de, fr, unknown

    /// The language's place in `allCases`, for tables indexed by language.
    var ordinal: Int {
        switch self {
        case .nl: 0
        case .en: 1
        case .de: 2
        case .fr: 3
        case .unknown: 4
        }
    }

    /// Reads a header value such as `nl`, `NL`, `nl-BE`, `Dutch`, `Nederlands`, `english`.
    public init?(header: String) {
        switch Self.code(header) {
        case "nl", "nld", "dut", "dutch", "nederlands", "vlaams": self = .nl
        case "en", "eng", "english", "engels": self = .en
        case "de", "deu", "ger", "german", "deutsch", "duits": self = .de
        case "fr", "fra", "fre", "french", "français", "francais", "frans": self = .fr
        default: return nil
        }
    }

    /// The value trimmed of horizontal space and lower-cased, up to its first `-` or `_` (the first piece
    /// between them that is not empty; the whole value when none is). A value of ASCII is cut on its bytes:
    /// through its scalars, `lowercased` and `split`, reading a header's language took 2 700 instructions.
    private static func code(_ header: String) -> String {
        let ascii = header.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            var pieceStart = start
            while pieceStart < end {
                var pieceEnd = pieceStart
                while pieceEnd < end, bytes[pieceEnd] != UInt8(ascii: "-"), bytes[pieceEnd] != UInt8(ascii: "_") { pieceEnd += 1 }
                if pieceEnd > pieceStart { return ASCIIBytes.loweredString(UnsafeBufferPointer(rebasing: bytes[pieceStart..<pieceEnd])) }
                pieceStart = pieceEnd + 1
            }
            return ASCIIBytes.loweredString(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        if let ascii = ascii ?? nil { return ascii }
        let value = String(header.unicodeScalars.trimming(while: Self.isHorizontalSpace)).lowercased()
        return value.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? value
    }

    /// What Foundation's `CharacterSet.whitespaces` holds here: the tab, the space separators (Zs) and the
    /// zero width space, asked of the tables only beyond ASCII (trimming with Foundation was a hundredth of
    /// loading plain text). A test holds it to Foundation's set for every scalar.
    static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}

extension String.UnicodeScalarView {
    /// The scalars without a run of those that `isTrimmed` at either end.
    func trimming(while isTrimmed: (Unicode.Scalar) -> Bool) -> Substring.UnicodeScalarView {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
