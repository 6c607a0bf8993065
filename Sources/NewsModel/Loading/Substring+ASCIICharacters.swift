/// Character searches read on UTF-8 bytes where the text is ASCII, for the short header lines of plain text.
///
/// Stepping a substring's characters costs hundreds of instructions each (grapheme breaking, and a
/// property look-up for `isWhitespace`): the keys, dates and tokens of the header lines were a quarter of
/// reading a plain-text file. Between two ASCII scalars there is always a character boundary, except inside
/// CR LF; so an ASCII byte followed by another ASCII byte (or by the end of the substring, which bounds its
/// characters) is a character of its own.
extension Substring {
    /// `firstIndex(where: isMatch)`, where `asciiMatch` answers for a byte that is a character of its own as
    /// `isMatch` answers for that character. From the first byte beyond ASCII, a carriage return, or a byte
    /// followed by one beyond ASCII, the characters are asked after all.
    func firstCharacterIndex(ascii asciiMatch: (UInt8) -> Bool, _ isMatch: (Character) -> Bool) -> Index? {
        let utf8 = self.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            guard byte < 0x80, byte != 0x0D, next == utf8.endIndex || utf8[next] < 0x80 else {
                return self[index...].firstIndex(where: isMatch)  // every character before `index` was one byte and no match
            }
            if asciiMatch(byte) { return index }
            index = next
        }
        return nil
    }

    /// `hasPrefix(String(UnicodeScalar(byte)))` for an ASCII `byte` other than the carriage return.
    func hasPrefix(ascii byte: UInt8) -> Bool {
        let utf8 = self.utf8
        guard utf8.first == byte else { return false }
        let next = utf8.index(after: utf8.startIndex)
        return next == utf8.endIndex || utf8[next] < 0x80 || hasPrefix(String(UnicodeScalar(byte)))
    }
}
