extension WordFactsCache {
    /// The UTF-8 bytes of a form of at most sixteen, as two integers and their count, so that two forms are
    /// told apart by bytes (as a `ByteKeyTable` tells them) in three comparisons: with eight bytes or more, the
    /// first eight and the last eight (overlapping); with four to seven, the first four and the last four;
    /// with one to three, the first, middle and last. Given the count, these hold every byte, so equal keys
    /// are equal bytes.
    struct FormKey: Equatable {
        var low: UInt64
        var high: UInt64
        var count: Int

        /// What a form of more than sixteen bytes has: a count no key of bytes has.
        static let long = FormKey(low: 0, high: 0, count: -1)

        private init(low: UInt64, high: UInt64, count: Int) {
            self.low = low
            self.high = high
            self.count = count
        }

        /// The key of the UTF-8 bytes of `text`, or `long`.
        @inline(__always)
        init(_ text: String) {
            self = text.utf8.withContiguousStorageIfAvailable { FormKey(UnsafeRawBufferPointer($0)) }
                ?? { var text = text; return text.withUTF8 { FormKey(UnsafeRawBufferPointer($0)) } }()
        }

        /// The key of `bytes`, or `long`.
        @inline(__always)
        init(_ bytes: UnsafeRawBufferPointer) {
            let count = bytes.count
            guard count <= 16 else {
                self = .long
                return
            }
            self.count = count
            guard count > 0, let base = bytes.baseAddress else {
                (low, high) = (0, 0)
                return
            }
            if count >= 8 {
                low = base.loadUnaligned(as: UInt64.self)
                high = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                low = UInt64(base.loadUnaligned(as: UInt32.self)) | UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
                high = 0
            } else {
                low = UInt64(base.load(as: UInt8.self)) | UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self)) << 8
                    | UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self)) << 16
                high = 0
            }
        }

        /// The bucket to look in first of `bucketCount` (a power of two): both integers and the count multiplied
        /// into the high bits, whose top ones pick it (a product's low bits depend only on its factors' low bits).
        @inline(__always)
        func bucket(of bucketCount: Int) -> Int {
            let mixed = ((low ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15 ^ high) &* 0xBF58_476D_1CE4_E5B9
            return Int(truncatingIfNeeded: mixed >> (bucketCount.leadingZeroBitCount + 1))
        }
    }
}
