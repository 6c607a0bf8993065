import Foundation

/// Case- and accent-insensitive forms of text, for matching names the way people type them.
public enum TextFolding {
    /// "Poetin" and "poetin", "Élysée" and "elysee" fold to the same string.
    /// ASCII text (most names) is lower-cased byte by byte, which is all folding does to it; Foundation's
    /// folding, which bridges to `NSString`, cost a twentieth of the analysis.
    public static func fold(_ text: String) -> String {
        if ASCIIBytes.isASCII(text) {
            guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
            return ASCIIBytes.loweredString(text.utf8)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The folded words of `text`, split on anything that is not a letter or digit.
    public static func words(_ text: String) -> [String] {
        fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
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
