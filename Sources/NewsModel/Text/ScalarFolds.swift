import Foundation

/// What case and diacritic folding makes of each scalar on its own, for searches that read text on its bytes.
///
/// Scalars below U+3000 (Latin, its extensions and Vietnamese letters, IPA, combining marks, Greek, Cyrillic,
/// Armenian, Hebrew, Arabic, the Indic scripts, and the punctuation and symbols of news: curly quotes, dashes)
/// are folded once by Foundation and kept in one flat table:
/// "É" → "e", "ß" → "ss", "Д" → "д". Non-spacing marks (the combining acute accent) fold to nothing. Scalars above it are folded from
/// their Unicode properties: non-spacing marks fold to nothing, what case folding leaves alone (CJK) to itself,
/// and the rest by Foundation, one scalar at a time.
public struct ScalarFolds: Sendable {
    /// The folded scalars of every tabled scalar, end to end; `starts[s] ..< starts[s + 1]` are those of `s`.
    private let folded: [UInt32]
    private let starts: [UInt32]
    static let tabled: UInt32 = 0x3000

    public static let shared = ScalarFolds()

    private init() {
        var folded: [UInt32] = []
        var starts: [UInt32] = [0]
        folded.reserveCapacity(Int(Self.tabled) + 64)
        starts.reserveCapacity(Int(Self.tabled) + 1)
        for value in 0..<Self.tabled {
            if value < 0x80 {
                folded.append(UInt32(ASCIIBytes.lowered(UInt8(value))))
            } else if let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark {
                // Foundation leaves a diacritic alone in a string of its own; after a letter it drops it
                folded.append(contentsOf: Self.foundationFolded(scalar).unicodeScalars.map(\.value))
            }
            starts.append(UInt32(folded.count))
        }
        self.folded = folded
        self.starts = starts
    }

    private static func foundationFolded(_ scalar: Unicode.Scalar) -> String {
        String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Calls `body` with each folded scalar of `scalar`, in order, until it returns false; false when it did.
    @inline(__always)
    public func forEachFolded(_ scalar: UInt32, _ body: (UInt32) -> Bool) -> Bool {
        if scalar < 0x80 { return body(UInt32(ASCIIBytes.lowered(UInt8(scalar)))) }
        if scalar < Self.tabled {
            for n in Int(starts[Int(scalar)])..<Int(starts[Int(scalar) + 1]) where !body(folded[n]) { return false }
            return true
        }
        guard let unicode = Unicode.Scalar(scalar) else { return body(scalar) }
        let properties = unicode.properties
        if properties.generalCategory == .nonspacingMark { return true }
        guard properties.changesWhenCaseFolded else { return body(scalar) }
        // rare up here (ligatures, full-width and old-script letters): Foundation folds it
        for form in Self.foundationFolded(unicode).unicodeScalars where !body(form.value) { return false }
        return true
    }

    /// The first folded scalar of `scalar`, or nil when it folds to nothing (a diacritic).
    @inline(__always)
    public func firstFolded(_ scalar: UInt32) -> UInt32? {
        if scalar < 0x80 { return UInt32(ASCIIBytes.lowered(UInt8(scalar))) }
        if scalar < Self.tabled {
            let start = Int(starts[Int(scalar)])
            return start < Int(starts[Int(scalar) + 1]) ? folded[start] : nil
        }
        var first: UInt32?
        _ = forEachFolded(scalar) { first = $0; return false }
        return first
    }

    /// The folded scalars of `text`, end to end.
    public func fold(_ text: String) -> [UInt32] {
        var result: [UInt32] = []
        for scalar in text.unicodeScalars {
            _ = forEachFolded(scalar.value) { result.append($0); return true }
        }
        return result
    }
}
