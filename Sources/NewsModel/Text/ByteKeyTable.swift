import Foundation

/// Numbers distinct byte strings in the order they are first met: a hash table whose keys are UTF-8
/// bytes, kept end to end in one array.
///
/// What a dictionary from a string's bytes to a number does, at a fraction of the cost for the short
/// keys of a word list: a `Dictionary` hashes each key with SipHash (a seeded hasher set up and finalised
/// per key), compares keys through the string's UTF-8 view one byte at a time, and retains and releases
/// every key it touches. Here a key is hashed with FNV-1a, compared with `memcmp`, and stored without a
/// `String`. Keys equal as strings but not as bytes (composed and decomposed accents) are two keys.
/// Written by hand because no package on this machine has a byte-keyed table; swift-collections' tables
/// hash through `Hashable` like the standard library's.
public struct ByteKeyTable: Sendable {
    /// Open addressing: per bucket, the entry's hash in the high half and its number + 1 in the low half,
    /// 0 for an empty bucket (so a probe reads the hash without another array); the count is a power of two.
    private var buckets: [UInt64]
    /// Where each entry's bytes lie in `bytes`: entry n from `starts[n]` to `starts[n + 1]`.
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []

    public init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        buckets = Array(repeating: 0, count: size)
    }

    /// How many distinct keys the table holds.
    public var count: Int { starts.count - 1 }

    /// The number of `key`, numbering it `count` when it is new.
    public mutating func number(of key: UnsafeRawBufferPointer) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let (found, bucket) = probe(key, hash: hash)
        if let found { return (found, false) }
        let entry = count
        buckets[bucket] = UInt64(hash) << 32 | UInt64(entry + 1)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        if count * 2 > buckets.count { grow() }
        return (entry, true)
    }

    /// The number of `key` if the table holds it, without adding it.
    func existingNumber(of key: UnsafeRawBufferPointer) -> Int? {
        probe(key, hash: Self.hash(key)).entry
    }

    /// The entry whose key is `key`, or else the empty bucket where it would go. (Through buffer pointers: a
    /// probe per word of every article, where each array subscript was checked against the array's bounds.)
    private func probe(_ key: UnsafeRawBufferPointer, hash: UInt32) -> (entry: Int?, bucket: Int) {
        buckets.withUnsafeBufferPointer { buckets in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBytes { stored in
                    let mask = buckets.count - 1
                    var bucket = Int(hash) & mask
                    while true {
                        let found = buckets[bucket]
                        if found == 0 { return (nil, bucket) }
                        if UInt32(truncatingIfNeeded: found >> 32) == hash {
                            let entry = Int(UInt32(truncatingIfNeeded: found)) - 1
                            let start = Int(starts[entry])
                            if Int(starts[entry + 1]) - start == key.count,
                               key.isEmpty || Self.equal(stored.baseAddress.unsafelyUnwrapped + start, key.baseAddress.unsafelyUnwrapped, count: key.count) {
                                return (entry, bucket)
                            }
                        }
                        bucket = (bucket + 1) & mask
                    }
                }
            }
        }
    }

    /// The number of `text`'s UTF-8 bytes (`number(of:)`).
    mutating func number(of text: Substring) -> (number: Int, isNew: Bool) {
        if let found = text.utf8.withContiguousStorageIfAvailable({ number(of: UnsafeRawBufferPointer($0)) }) { return found }
        return number(of: String(text))
    }

    mutating func number(of text: String) -> (number: Int, isNew: Bool) {
        // read in place where the bytes are contiguous (a native or small string): `withUTF8` mutates, so it
        // needs a copy of the string, retained and released at every word
        if let found = text.utf8.withContiguousStorageIfAvailable({ number(of: UnsafeRawBufferPointer($0)) }) { return found }
        var text = text
        return text.withUTF8 { number(of: UnsafeRawBufferPointer($0)) }
    }

    /// The key numbered `number`, as a string.
    func string(number: Int) -> String {
        String(decoding: bytes[Int(starts[number])..<Int(starts[number + 1])], as: UTF8.self)
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        for index in buckets.indices { buckets[index] = 0 }
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The `count` bytes at `a` and `b` are equal: a word's in one or two eight-byte loads (overlapping when
    /// it is not a multiple of eight), where a call to `memcmp` cost more than the comparison; a long key's by `memcmp`.
    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        if count > 32 { return memcmp(a, b, count) == 0 }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        return tail(a, count: count, from: 0) == tail(b, count: count, from: 0)
    }

    /// Doubles the buckets and puts every entry back.
    private mutating func grow() {
        let old = buckets
        buckets = Array(repeating: 0, count: old.count * 2)
        let mask = buckets.count - 1
        for stored in old where stored != 0 {
            var bucket = Int(UInt32(truncatingIfNeeded: stored >> 32)) & mask
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = stored
        }
    }

    /// FNV-1a over eight bytes at a time (64-bit), the last one to seven bytes as one more step, with the
    /// length mixed in; its bits then spread (FNV's low bits, which pick the bucket, vary little between keys
    /// that differ only at the end). Eight bytes a step: a paragraph compared with the article's others
    /// (`ArticleAnalyzer.markRepeats`) is hashed whole, and byte by byte that was a fiftieth of the analysis;
    /// the bytes left in one step, not one by one: most keys are words shorter than eight bytes.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        let count = key.count
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
        var i = 0
        while i + 8 <= count {
            hash = (hash ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
            hash ^= hash >> 29  // a multiplication carries bits only upwards: bring the high ones down
            i += 8
        }
        if i < count, let base = key.baseAddress {
            hash = (hash ^ tail(base, count: count, from: i)) &* prime
            hash ^= hash >> 29
        }
        hash ^= hash >> 32
        hash &*= 0x7FEB_352D
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash)
    }

    /// The one to seven bytes of the `count` at `base` from `start` as one number, read in at most three
    /// loads that stay inside the bytes: with eight bytes or more before the end, the last eight (overlapping
    /// bytes already read); else two overlapping four-byte loads, or for one to three bytes the first, middle
    /// and last. A function of the bytes and their count, so equal keys give equal numbers.
    @inline(__always)
    private static func tail(_ base: UnsafeRawPointer, count: Int, from start: Int) -> UInt64 {
        let left = count - start
        if count >= 8 { return base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) }
        if left >= 4 {
            return UInt64(base.loadUnaligned(fromByteOffset: start, as: UInt32.self))
                | UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        }
        if left <= 0 { return 0 }
        return UInt64(base.load(fromByteOffset: start, as: UInt8.self))
            | UInt64(base.load(fromByteOffset: start + left / 2, as: UInt8.self)) << 8
            | UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self)) << 16
    }
}
