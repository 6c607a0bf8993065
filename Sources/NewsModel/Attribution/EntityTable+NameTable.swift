extension EntityTable {
    /// Values filed under names, found by the names' UTF-8 bytes: what a `[String: Value]` answers, without hashing
    /// the string with SipHash; the persons by folded name (`TextFolding.foldJoined`) and the places by name.
    ///
    /// A key of at most 24 bytes (most) is kept as three integers (`Packed`), in an open-addressed table of slots that
    /// hold what is filed under it: a name of ASCII words is copied there and lower-cased eight bytes at a time to be
    /// looked up folded, with no string made. Keys whose scalars are all byte-comparable (`StringNumbers
    /// .isByteComparable`) are their own normal form, so they are equal as strings exactly when their bytes are:
    /// longer ones are kept in a dictionary of strings beside; from the first key that is not byte-comparable, every
    /// key is. (Folding a name into a string and hashing it cost 900 instructions a look-up, 11 M on 1 000 articles.)
    struct NameTable<Value: Sendable> {
        /// Open addressing by `Packed.hash`; the count is a power of two, or zero before the first name.
        private var slots: [Slot]
        private var used = 0
        /// Byte-comparable keys longer than a `Packed` holds.
        private var long: [String: Value] = [:]
        /// Every key, from the first that is not byte-comparable (`usesStrings`).
        private var strings: [String: Value] = [:]
        private var usesStrings = false
        /// What a key has filed before anything is.
        private let empty: Value

        struct Slot: Sendable {
            fileprivate var key = Packed()
            fileprivate var isUsed = false
            fileprivate var filed: Value
        }

        /// Up to 24 bytes of a folded name in three integers, the first byte lowest, zero past the end.
        struct Packed: Equatable {
            var first: UInt64 = 0, second: UInt64 = 0, third: UInt64 = 0
            var count = 0
            static var capacity: Int { 24 }

            /// The bucket of these bytes among `mask + 1`: a multiply and shift a word (FNV-1a over the bytes cost
            /// 56 instructions a name).
            func bucket(mask: Int) -> Int {
                let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
                var hash = (first ^ UInt64(truncatingIfNeeded: count)) &* multiplier
                hash = (hash ^ hash >> 29 ^ second) &* multiplier
                hash = (hash ^ hash >> 29 ^ third) &* multiplier
                return Int(truncatingIfNeeded: hash >> 32) & mask
            }

            /// The bytes as a string.
            var string: String {
                var words = (first, second, third)
                return withUnsafeBytes(of: &words) { String(decoding: $0.prefix(count), as: UTF8.self) }
            }
        }

        /// Empty slots of each size from 8 to 1 024, made once by the table's owner (a generic type keeps no static
        /// value): a table is made as a copy of one, which shares its storage until the first name is filed, then
        /// copied at its size by specialised code (made by `Array(repeating:count:)`, which is not specialised, a
        /// table cost 1 000 instructions).
        static func emptySlots(_ empty: Value) -> [[Slot]] {
            (3...10).map { Array(repeating: Slot(filed: empty), count: 1 << $0) }
        }

        /// A table with room for `keys` names without growing (none for an article that names none), made from
        /// `emptySlots` of `empty`.
        init(keys: Int, from emptySlots: [[Slot]], empty: Value) {
            self.empty = empty
            guard keys > 0 else {
                slots = []
                return
            }
            if let slots = emptySlots.first(where: { $0.count >= keys * 2 }) {
                self.slots = slots
            } else {
                var size = 8
                while size < keys * 2 { size *= 2 }
                slots = Array(repeating: Slot(filed: empty), count: size)
            }
        }

        /// `body` given what is filed under the name `words` folded (`TextFolding.foldJoined`), made empty where
        /// nothing is.
        @discardableResult
        mutating func withFiled<R>(underWords words: ArraySlice<String>, _ body: (inout Value) -> R) -> R {
            if !usesStrings, let key = Self.packedFolded(words) { return withFiled(underPacked: key, body) }
            let folded = words.count == 1 ? TextFolding.fold(words[words.startIndex]) : TextFolding.foldJoined(Array(words))
            return withFiled(under: folded, body)
        }

        /// `body` given what is filed under `folded`: a name folded already, or any key looked up as it is.
        mutating func withFiled<R>(under folded: String, _ body: (inout Value) -> R) -> R {
            let empty = empty  // (read before a dictionary of `self` is changed)
            if !usesStrings {
                if let key = Self.packedKey(folded) {
                    if let key { return withFiled(underPacked: key, body) }
                    return body(&long[folded, default: empty])
                }
                useStrings()
            }
            return body(&strings[folded, default: empty])
        }

        /// What is filed under `key`, looked up as it is: `empty` where nothing is, and nothing filed.
        mutating func value(under key: String) -> Value {
            if !usesStrings {
                if let packed = Self.packedKey(key) {
                    guard let packed else { return long[key] ?? empty }
                    return slot(of: packed).map { slots[$0].filed } ?? empty
                }
                useStrings()
            }
            return strings[key] ?? empty
        }

        /// `key` packed (`packed`, nil when too long to pack), or nil when its bytes cannot be compared as they
        /// are, which turns the table to strings.
        private static func packedKey(_ key: String) -> Packed?? {
            // a small ASCII string (most words) read from its two words (`smallASCII`): copied out by `withUTF8` and
            // checked byte by byte, a key cost 150 instructions
            if PackedASCII.stringsFromBits, let (low, high, count) = smallASCII(key) {
                return .some(Packed(first: low, second: high, third: 0, count: count))
            }
            var text = key
            return text.withUTF8 { bytes in
                guard StringNumbers.isByteComparable(bytes) else { return nil }
                return .some(packed(bytes))
            }
        }

        /// The used slot of `key`, if any.
        private func slot(of key: Packed) -> Int? {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var bucket = key.bucket(mask: mask)
            while slots[bucket].isUsed {
                if slots[bucket].key == key { return bucket }
                bucket = (bucket + 1) & mask
            }
            return nil
        }

        /// `body` given what is filed under `key`, its slot filled where it was empty.
        private mutating func withFiled<R>(underPacked key: Packed, _ body: (inout Value) -> R) -> R {
            if used * 2 >= slots.count { grow() }
            let mask = slots.count - 1
            var bucket = key.bucket(mask: mask)
            while slots[bucket].isUsed, slots[bucket].key != key { bucket = (bucket + 1) & mask }
            if !slots[bucket].isUsed {
                slots[bucket].isUsed = true
                slots[bucket].key = key
                used += 1
            }
            return body(&slots[bucket].filed)
        }

        /// Doubles the slots (makes the first eight) and puts every used one back.
        private mutating func grow() {
            let old = slots
            slots = Array(repeating: Slot(filed: empty), count: max(8, old.count * 2))
            let mask = slots.count - 1
            for slot in old where slot.isUsed {
                var bucket = slot.key.bucket(mask: mask)
                while slots[bucket].isUsed { bucket = (bucket + 1) & mask }
                slots[bucket] = slot
            }
        }

        /// Moves every key into the dictionary of strings: distinct as bytes, each its own normal form, they are
        /// distinct as strings.
        private mutating func useStrings() {
            strings = long
            for slot in slots where slot.isUsed { strings[slot.key.string] = slot.filed }
            slots = []
            long = [:]
            usesStrings = true
        }

        /// The bytes of a key, where they fit in a `Packed`.
        private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> Packed? {
            guard bytes.count <= Packed.capacity else { return nil }
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return Packed(first: words.0, second: words.1, third: words.2, count: bytes.count)
        }

        /// `TextFolding.foldJoined(words)` packed, where it fits and is byte-comparable: words of ASCII (which folds to
        /// its bytes lower-cased) and Latin letters (`LatinLetters`) fold one by one, joined with spaces as the whole
        /// folds. Nil for other words, which are folded into a string.
        private static func packedFolded(_ words: ArraySlice<String>) -> Packed? {
            // room past a `Packed` for a small word's sixteen bytes stored from its last byte
            var packed: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
            var count = 0
            let fromBits = PackedASCII.stringsFromBits
            let fits = withUnsafeMutableBytes(of: &packed) { raw -> Bool in
                for n in words.indices {
                    if n > words.startIndex {
                        guard count < Packed.capacity else { return false }
                        raw[count] = 0x20
                        count += 1
                    }
                    if fromBits, let (low, high, length) = smallASCII(words[n]) {
                        // stored as two words (copied through the UTF-8 view's storage, a word cost 75 instructions)
                        guard count + length <= Packed.capacity else { return false }
                        raw.storeBytes(of: lowered(low), toByteOffset: count, as: UInt64.self)
                        raw.storeBytes(of: lowered(high), toByteOffset: count + 8, as: UInt64.self)
                        count += length
                        continue
                    }
                    // another word folded letter by letter, as `TextFolding.fold` folds ASCII and Latin letters
                    // (folding the joined words into a string cost 2 200 instructions a name)
                    let folded = words[n].utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                        guard !bytes.isEmpty else { return true }
                        let room = UnsafeMutableRawBufferPointer(rebasing: raw[count..<Packed.capacity])
                        let written = LatinLetters.map(bytes, letters: TextFolding.latinFolds, into: room, keeping: TextFolding.foldFreeMarkLength)
                        count += written
                        return written > 0
                    }
                    guard folded == true else { return false }
                }
                return true
            }
            guard fits else { return nil }
            // folded beyond ASCII, to bytes that are their own normal form (else looked up as a string)
            if (packed.0 | packed.1 | packed.2) & 0x8080_8080_8080_8080 != 0,
               !withUnsafeBytes(of: &packed, { StringNumbers.isByteComparable(UnsafeBufferPointer(rebasing: $0.assumingMemoryBound(to: UInt8.self)[..<count])) }) {
                return nil
            }
            return Packed(first: packed.0, second: packed.1, third: packed.2, count: count)
        }

        /// The bytes of `word` where it is a small ASCII string (`SmallUTF8.layout`; only where `PackedASCII
        /// .stringsFromBits` holds), read from its two words: the first eight, the rest, and their count.
        private static func smallASCII(_ word: String) -> (UInt64, UInt64, Int)? {
            let bits = unsafeBitCast(word, to: (UInt64, UInt64).self)
            let top = bits.1 >> 56
            guard top & 0xF0 == 0xE0 else { return nil }
            let count = Int(top & 0x0F)
            // (the bytes past the count are zero in the library's layout: masked all the same)
            let low = count >= 8 ? bits.0 : bits.0 & ((1 << (8 * UInt64(count))) &- 1)
            let high = count <= 8 ? 0 : bits.1 & ((1 << (8 * UInt64(count - 8))) &- 1)
            return (low, high, count)
        }

        /// `ASCIIBytes.lowered` of the eight ASCII bytes of `word` at once (as `PackedASCII` lowers).
        private static func lowered(_ word: UInt64) -> UInt64 {
            // no byte is above 0x7F, so neither sum carries into the next byte; each high bit says byte ≥ 0x41, ≥ 0x5B
            let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F  // 0x80 - 0x41 in each byte
            let pastZ = word &+ 0x2525_2525_2525_2525  // 0x80 - 0x5B
            let capitals = fromA & ~pastZ & 0x8080_8080_8080_8080
            return word | capitals >> 2
        }
    }
}
