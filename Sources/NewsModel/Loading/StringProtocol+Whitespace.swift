import Foundation

extension StringProtocol where SubSequence == Substring {
    /// The text without Unicode white space (including no-break space) at either end; cut on the bytes
    /// (`UTF8Whitespace`) where they are contiguous.
    var trimmingWhitespace: Substring {
        if let bounds = utf8.withContiguousStorageIfAvailable({ UTF8Whitespace.trimmed($0, 0..<$0.count) }) {
            let utf8 = self.utf8
            return self[utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bounds.upperBound)]
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarClass.isWhitespace($0) }) else {
            return self[endIndex..<endIndex]
        }
        let last = scalars.lastIndex(where: { !ScalarClass.isWhitespace($0) }) ?? first
        return self[first..<scalars.index(after: last)]
    }

    /// True when the text holds nothing but white space; stops at the first other scalar.
    var isBlank: Bool {
        unicodeScalars.allSatisfy(ScalarClass.isWhitespace)
    }

    /// Runs of white space (line breaks included) folded to one space, ends trimmed (on the text's bytes,
    /// `WhitespaceFolding`: scalar by scalar into a string's scalar view cost twenty thousand instructions a
    /// title).
    var foldingWhitespace: String {
        var bytes: [UInt8] = []
        _ = WhitespaceFolding.fold(String(self), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text split at `\n`, keeping empty lines; each line is a slice of the original.
    var lines: [Substring] {
        // the line feeds found in the contiguous bytes, where there are any, with `memchr`: stepping a generic
        // UTF-8 view index by index cost thirty-odd instructions a byte, testing each byte in a loop eight
        let feeds = utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
            guard let base = bytes.baseAddress else { return [] }
            var feeds: [Int] = []
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                feeds.append(offset)
                offset += 1
            }
            return feeds
        }
        guard let feeds else { return slowLines }
        var result: [Substring] = []
        result.reserveCapacity(feeds.count + 1)
        var start = startIndex
        for offset in feeds {
            let feed = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(self[start..<feed])
            start = utf8.index(after: feed)
        }
        result.append(self[start..<endIndex])
        return result
    }

    /// `lines`, index by index, for text whose bytes are not contiguous.
    private var slowLines: [Substring] {
        var result: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                result.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(self[start..<endIndex])
        return result
    }
}
