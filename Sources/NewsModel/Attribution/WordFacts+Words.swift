extension WordFacts {
    /// What the mention parser's functions of one word say, as finding a new form's facts asks them: each answered
    /// from the word's UTF-8 bytes where the bytes decide, else by the function itself. (The functions read
    /// characters, which cost a few hundred to fourteen thousand instructions a word; a test holds each of these
    /// to its function.)
    enum Words {
        /// `MentionParser.possessorBase(text)`: only a word whose bytes end in "'s" or "’s" can be a possessive
        /// (a character equal to "s", "'" or "’" is that scalar alone), and only one of three characters or more.
        /// (The suffixes compared as characters cost 1 100 instructions a word ending in "s".)
        static func possessor(_ text: String) -> String? {
            let mayBe = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                let count = bytes.count
                guard count >= 3, bytes[count - 1] == UInt8(ascii: "s") else { return false }
                return bytes[count - 2] == UInt8(ascii: "'")
                    || count >= 5 && bytes[count - 2] == 0x99 && bytes[count - 3] == 0x80 && bytes[count - 4] == 0xE2
            }
            guard mayBe != false else { return nil }
            return MentionParser.possessorBase(text)
        }

        /// `SentenceSplitter.characterCount(lower) == 1`: a word of one byte is one character, and one whose first
        /// two bytes are ASCII other than a carriage return and line feed (which make one) has two or more.
        static func isOneCharacter(_ lower: String) -> Bool {
            if lower.utf8.count == 1 { return true }
            let twoASCII = lower.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.count >= 2 && bytes[0] < 0x80 && bytes[1] < 0x80 && !(bytes[0] == 0x0D && bytes[1] == 0x0A)
            }
            if twoASCII == true { return false }
            return SentenceSplitter.characterCount(lower) == 1
        }

        /// `MentionParser.hasFeminineTitleSuffix(lower, lexicon:)`: a word whose bytes end in none of the ASCII
        /// suffixes, past at least one more byte, has none of them (a character equal to an ASCII one is that
        /// byte). (Counting its characters first cost 220 instructions a word.)
        static func hasFeminineTitleSuffix(_ lower: String, lexicon: borrowing Lexicon) -> Bool {
            let suffixes = lexicon.feminineTitleSuffixes
            guard !suffixes.isEmpty else { return false }
            let mayEnd = lower.utf8.withContiguousStorageIfAvailable { bytes in
                suffixes.contains { suffix in
                    let count = suffix.utf8.count
                    return !ASCIIBytes.isASCII(suffix) || bytes.count > count && bytes[(bytes.count - count)...].elementsEqual(suffix.utf8)
                }
            }
            guard mayEnd != false else { return false }
            return MentionParser.hasFeminineTitleSuffix(lower, lexicon: lexicon)
        }

        /// The rest of `MentionParser.elided(lower, lexicon:)` ("l'ambassadeur" → "ambassadeur"). Where every byte
        /// before the first apostrophe is ASCII and the scalar after it is below U+0300 (no scalar there joins
        /// it into a larger character), that apostrophe is the first character equal to one, and the article and
        /// rest are the bytes around it. (Read as characters, an elision cost fourteen thousand instructions.)
        static func elidedRest(_ lower: String, lexicon: borrowing Lexicon) -> String? {
            let read = lower.utf8.withContiguousStorageIfAvailable { bytes -> (article: String, rest: String)?? in
                var mark = 0
                var width = 0
                while mark < bytes.count {
                    let byte = bytes[mark]
                    if byte == UInt8(ascii: "'") {
                        width = 1
                        break
                    }
                    if byte == 0xE2, mark + 2 < bytes.count, bytes[mark + 1] == 0x80, bytes[mark + 2] == 0x99 {
                        width = 3
                        break
                    }
                    if byte >= 0x80 { return nil }  // beyond ASCII before any apostrophe: read as characters
                    mark += 1
                }
                guard width > 0 else { return .some(nil) }  // ASCII without an apostrophe
                let after = mark + width
                guard after < bytes.count else { return .some(nil) }  // nothing after the apostrophe
                guard bytes[after] < 0xCC else { return nil }  // U+0300 or above after it: read as characters
                let article = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<mark]), as: UTF8.self) + "'"
                return .some((article, String(decoding: UnsafeBufferPointer(rebasing: bytes[after...]), as: UTF8.self)))
            }
            // nil (not contiguous) or nil read: the characters decide
            guard case .some(.some(let split)) = read else { return MentionParser.elided(lower, lexicon: lexicon)?.rest }
            guard let (article, rest) = split, lexicon.determiners.contains(article) else { return nil }
            return rest
        }

        /// `MentionParser.isCompoundTitle(lower, lexicon:)` of a word without a hyphen or a carriage return whose
        /// bytes are their own normal form (`StringNumbers.isByteComparable`, as every ASCII word is): a head ends
        /// it as characters exactly when its bytes end it (both in normal form, and no scalar of the word below
        /// U+0300 joins a head's first letter), and its characters are its scalars. The heads are compared only
        /// with a word that ends in their last byte. Any other word is asked of the function. (Its walks over the
        /// bytes, and the characters of each head compared with a word beyond ASCII, cost 400 instructions a word.)
        static func isCompoundTitle(_ lower: String, lexicon: borrowing Lexicon) -> Bool {
            let answer = lower.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard let headsByLastByte = titleHeadsByLastByte, let last = bytes.last else { return nil }
                var scalars = 0
                var beyondASCII = false
                for byte in bytes {
                    if byte == UInt8(ascii: "-") || byte == 0x0D { return nil }
                    if byte >= 0x80 { beyondASCII = true }
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                }
                if beyondASCII, !StringNumbers.isByteComparable(bytes) { return nil }
                for head in headsByLastByte[Int(last)] where scalars > head.scalars + 3 {
                    if bytes[(bytes.count - head.bytes.count)...].elementsEqual(head.bytes) { return true }
                }
                return false
            }
            if let answer = answer ?? nil { return answer }
            return MentionParser.isCompoundTitle(lower, lexicon: lexicon)
        }

        /// `MentionParser.compoundTitleHeads` as bytes with their scalar counts (their characters), by their last
        /// byte; nil when a head is not byte-comparable or has a carriage return (then every word is asked of
        /// the function).
        static let titleHeadsByLastByte: [[(bytes: [UInt8], scalars: Int)]]? = {
            var heads = Array(repeating: [(bytes: [UInt8], scalars: Int)](), count: 0x100)
            for var head in MentionParser.compoundTitleHeads {
                let bytes = head.withUTF8 { StringNumbers.isByteComparable($0) && !$0.contains(0x0D) ? Array($0) : nil }
                guard let bytes, let last = bytes.last else { return nil }
                heads[Int(last)].append((bytes, head.unicodeScalars.count))
            }
            return heads
        }()
    }
}
