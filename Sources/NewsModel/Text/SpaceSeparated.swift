/// The words of a name or role written with single spaces ("foreign minister"), as `split(separator: " ")`
/// gives them.
enum SpaceSeparated {
    /// The pieces of `text` between spaces, empty ones left out. ASCII text is split in one pass over its
    /// bytes: a `Character` of ASCII is one byte (or CR LF, no space either), and stepping through
    /// `Character`s was most of the cost of filing a role.
    static func words(_ text: String) -> [String] {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count {
                if index < bytes.count {
                    if bytes[index] >= 0x80 { return nil }
                    if bytes[index] != 0x20 { continue }
                }
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return words
        }
        if let ascii, let words = ascii { return words }
        return text.split(separator: " ").map(String.init)
    }
}
