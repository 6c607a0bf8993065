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
struct ByteKeyTable {
    /// Open addressing: per bucket, the entry's hash in the high half and its number + 1 in the low half,
    /// 0 for an empty bucket (so a probe reads the hash without another array); the count is a power of two.
    private var buckets: [UInt64]
    /// Where each entry's bytes lie in `bytes`: entry n from `starts[n]` to `starts[n + 1]`.
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        buckets = Array(repeating: 0, count: size)
    }

    /// How many distinct keys the table holds.
    var count: Int { starts.count - 1 }

    /// The number of `key`, numbering it `count` when it is new.
    mutating func number(of key: UnsafeRawBufferPointer) -> (number: Int, isNew: Bool) {
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

    /// The entry whose key is `key`, or else the empty bucket where it would go.
    private func probe(_ key: UnsafeRawBufferPointer, hash: UInt32) -> (entry: Int?, bucket: Int) {
        let mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while true {
            let stored = buckets[bucket]
            if stored == 0 { return (nil, bucket) }
            if UInt32(truncatingIfNeeded: stored >> 32) == hash {
                let entry = Int(UInt32(truncatingIfNeeded: stored)) - 1
                if equals(entry, key) { return (entry, bucket) }
            }
            bucket = (bucket + 1) & mask
        }
    }

    /// The number of `text`'s UTF-8 bytes (`number(of:)`).
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

    private func equals(_ entry: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = Int(starts[entry])
        let end = Int(starts[entry + 1])
        guard end - start == key.count else { return false }
        guard let keyStart = key.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + start, keyStart, key.count) == 0 }
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

    /// FNV-1a over eight bytes at a time (64-bit), then over the bytes left one by one, with the length
    /// mixed in; its bits then spread (FNV's low bits, which pick the bucket, vary little between keys that
    /// differ only at the end). Eight bytes a step: a paragraph compared with the article's others
    /// (`ArticleAnalyzer.markRepeats`) is hashed whole, and byte by byte that was a fiftieth of the analysis.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: key.count)
        var i = 0
        while i + 8 <= key.count {
            hash = (hash ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
            hash ^= hash >> 29  // a multiplication carries bits only upwards: bring the high ones down
            i += 8
        }
        while i < key.count {
            hash = (hash ^ UInt64(key[i])) &* prime
            i += 1
        }
        hash ^= hash >> 32
        hash &*= 0x7FEB_352D
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash)
    }
}
