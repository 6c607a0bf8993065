extension WordFactsCache {
    /// The UTF-8 bytes of a form of at most fifteen, as two integers, so that two forms are told apart by bytes
    /// (as a `ByteKeyTable` tells them) in two comparisons: the first eight bytes, and the next seven with the
    /// count in the top byte, each the first byte lowest and zero past the end. These hold every byte and the
    /// count, so equal keys are equal bytes. They are a small string's two words (`SmallUTF8.layout`) without
    /// its flags, so the key of a small string is read from it with one mask.
    struct FormKey: Equatable {
        var low: UInt64
        var high: UInt64

        /// What a form of more than fifteen bytes has: a top bit no key of bytes has.
        static let long = FormKey(low: 0, high: 1 << 63)

        private init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// The key of the UTF-8 bytes of `text`, or `long`.
        @inline(__always)
        init(_ text: String) {
            self = text.utf8.withContiguousStorageIfAvailable { FormKey(UnsafeRawBufferPointer($0)) }
                ?? { var text = text; return text.withUTF8 { FormKey(UnsafeRawBufferPointer($0)) } }()
        }

        /// The key of the string at `text`, read in place; `fromBits` is `PackedASCII.stringsFromBits`, read
        /// once by the caller. A small string (at most fifteen bytes: the tokenizer's every short word) holds
        /// its bytes as the key does, zero past the end, with its count in its top byte: its key is its two
        /// words, its flags masked off, where copying its bytes out and loading them by count took thirty
        /// instructions (and taking its count apart from its bytes, as a third integer, six more a token).
        /// (Read through a pointer: a string bit-cast or copied is retained.)
        @inline(__always)
        init(stringAt text: UnsafePointer<String>, fromBits: Bool) {
            if fromBits, let key = FormKey(smallStringAt: text) {
                self = key
            } else {
                self.init(text.pointee)
            }
        }

        /// The key of the string at `text` if it is small, read from its two words; else nil. Only where
        /// `PackedASCII.stringsFromBits`.
        @inline(__always)
        init?(smallStringAt text: UnsafePointer<String>) {
            let words = UnsafeRawPointer(text).load(as: (UInt64, UInt64).self)
            guard words.1 & Self.smallBit != 0 else { return nil }
            self.init(low: words.0, high: words.1 & 0x0FFF_FFFF_FFFF_FFFF)
        }

        /// The bit of a small string's second word (`PackedASCII.smallStringBits`: 0xE0 or 0xA0 in its top byte)
        /// that says it is small.
        private static let smallBit: UInt64 = 1 << 61

        /// The key of `bytes`, or `long`.
        @inline(__always)
        init(_ bytes: UnsafeRawBufferPointer) {
            let count = bytes.count
            guard count <= 15 else {
                self = .long
                return
            }
            guard count > 0, let base = bytes.baseAddress else {
                (low, high) = (0, 0)
                return
            }
            if count >= 8 {
                low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
                high = Self.bytes(base + 8, count: count - 8)
            } else {
                low = Self.bytes(base, count: count)
                high = 0
            }
            high |= UInt64(truncatingIfNeeded: count) &<< 56
        }

        /// The `count` (at most eight) bytes at `base`, the first lowest, zero past the end.
        @inline(__always)
        private static func bytes(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
            if count == 8 { return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) }
            var word: UInt64 = 0
            for index in 0..<count { word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * index) }
            return word
        }

        /// The bucket to look in first of `bucketCount` (a power of two): both integers multiplied into the high
        /// bits, whose top ones pick it (a product's low bits depend only on its factors' low bits).
        @inline(__always)
        func bucket(of bucketCount: Int) -> Int {
            bucket(shift: Self.bucketShift(of: bucketCount))
        }

        /// `bucket(of:)` with the shift that picks the top bits for `bucketCount` (at least two) found once.
        @inline(__always)
        func bucket(shift: Int) -> Int {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15 ^ high) &* 0xBF58_476D_1CE4_E5B9
            return Int(truncatingIfNeeded: mixed &>> UInt64(truncatingIfNeeded: shift))
        }

        /// How far `bucket(shift:)` shifts the mixed bits for `bucketCount` buckets (a power of two, at least two):
        /// the bits above those of its index.
        @inline(__always)
        static func bucketShift(of bucketCount: Int) -> Int {
            bucketCount.leadingZeroBitCount + 1
        }
    }
}
