import NewsModel

extension SpeakerKeyIndex {
    /// The index of a corpus's `speakers` (ids are positions): the folded words of each one's name and
    /// mentions, as `TextFolding.words` splits them joined by spaces.
    ///
    /// A speaker whose texts are all ASCII (most) has them split here on their bytes, one by one: in ASCII a
    /// space splits words and folding lowers letters one by one. Any other speaker's texts are folded joined,
    /// as the definition says, so no mark or letter beyond ASCII is ever folded apart from its neighbours.
    init(speakers: [Speaker], order: [Int]) {
        self.init(count: speakers.count, order: order) { id, add in
            guard Self.isASCII(speakers[id].name), speakers[id].mentions.allSatisfy(Self.isASCII) else {
                let joined = ([speakers[id].name] + speakers[id].mentions).joined(separator: " ")
                for var word in TextFolding.words(joined) { word.withUTF8(add) }
                return
            }
            Self.addASCIIWords(of: speakers[id].name, to: add)
            for mention in speakers[id].mentions { Self.addASCIIWords(of: mention, to: add) }
        }
    }

    /// True when `text` is ASCII and its bytes are at hand.
    private static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
    }

    /// Hands `add` the lower-cased runs of ASCII letters and digits of ASCII `text`, which is what
    /// folding and splitting make of ASCII (`TextFolding.words` takes the same bytes), without the
    /// `String` per word that, with the joined texts and a set to drop repeats, was most of the build.
    private static func addASCIIWords(of text: String, to add: (UnsafeBufferPointer<UInt8>) -> Void) {
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                var start = 0
                for index in 0...bytes.count {
                    var isWordByte = false
                    if index < bytes.count {
                        let byte = bytes[index] &- 0x41 < 26 ? bytes[index] | 0x20 : bytes[index]
                        lowered[index] = byte
                        isWordByte = byte &- 0x61 < 26 || byte &- 0x30 < 10
                    }
                    if isWordByte { continue }
                    if start < index { add(UnsafeBufferPointer(rebasing: lowered[start..<index])) }
                    start = index + 1
                }
            }
        }
    }
}
