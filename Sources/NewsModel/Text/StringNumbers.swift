/// Numbers distinct strings in the order they are first met, equal strings (canonical equivalence, as
/// `==` has it) getting one number: what a `[String: Int]` gives, at a fraction of its cost for words.
///
/// A string whose scalars all lie below U+0300 (or are the dashes and quotation marks of U+2010...U+2027)
/// is its own normal form (none of them decomposes, combines or is replaced in NFC), so two such strings are
/// equal exactly when their bytes are: while every string met is one, strings are numbered by their bytes
/// (one of at most fifteen by its bytes and count in two words, the word facts cache's `FormKey`; a longer one
/// in a `ByteKeyTable`: FNV-1a and `memcmp`), where a dictionary hashes with SipHash after checking the normal
/// form. From the first string met that has another scalar ("e\u{301}", "Ж"), numbers are kept in a
/// dictionary of strings.
struct StringNumbers {
    private typealias Key = WordFactsCache.FormKey
    /// By number, while numbered by bytes: a string of at most fifteen bytes as its key (`FormKey`: its bytes and
    /// count in two words), any longer one as `Key.long` (its bytes in `table`).
    private var keys: [Key] = []
    /// The strings of at most fifteen bytes (nearly all words), by their keys: open addressing, per bucket the
    /// number + 1 (0 for an empty bucket); the count is a power of two, at least twice the numbers. (Through
    /// `table`, numbering a word scanned its bytes, hashed them, compared them and copied them in, 500
    /// instructions a string; by its key, 280 with the buckets' growth: an ASCII key needs no scan.)
    private var buckets: [Int32]
    /// The longer strings' bytes, and by their number there their number here.
    private var table = ByteKeyTable(minimumCapacity: 16)
    private var longNumbers: [Int32] = []
    /// Set from the first string that is not `isByteComparable`.
    private var strings: [String: Int]?

    init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        buckets = Array(repeating: 0, count: size)
    }

    /// How many distinct strings have been numbered.
    var count: Int { strings?.count ?? keys.count }

    /// The number of `text`, numbering it `count` when it is new.
    mutating func number(of text: String) -> Int {
        if strings == nil {
            if case let .some(.some(found)) = byBytes(text, numbering: true) { return found }
            useStrings()
        }
        if let known = strings?[text] { return known }
        let number = strings?.count ?? 0
        strings?[text] = number
        return number
    }

    /// The number of `text` if it has one, without numbering it.
    mutating func existingNumber(of text: String) -> Int? {
        if strings == nil {
            if let found = byBytes(text, numbering: false) { return found }
            useStrings()
        }
        return strings?[text]
    }

    /// The number of `text` by its bytes (nil inside when it has none and is not `numbering`); nil when it is not
    /// `isByteComparable`.
    private mutating func byBytes(_ text: String, numbering: Bool) -> Int?? {
        let key = Key(text)
        if key != .long {
            // an ASCII key (no byte of 0x80 or above; the count is below 16) is byte-comparable
            if (key.low | key.high) & 0x8080_8080_8080_8080 != 0 {
                let comparable = Self.withBytes(of: key) { Self.isByteComparable($0.bindMemory(to: UInt8.self)) }
                guard comparable else { return nil }
            }
            return .some(shortNumber(key, numbering: numbering))
        }
        var text = text
        return text.withUTF8 { bytes -> Int?? in
            guard Self.isByteComparable(bytes) else { return nil }
            guard numbering else { return .some(table.existingNumber(of: UnsafeRawBufferPointer(bytes)).map { Int(longNumbers[$0]) }) }
            let (number, isNew) = table.number(of: UnsafeRawBufferPointer(bytes))
            if isNew {
                longNumbers.append(Int32(keys.count))
                keys.append(.long)
                growIfFull()
            }
            return .some(Int(longNumbers[number]))
        }
    }

    /// The number of the string of at most fifteen bytes whose key is `key`, numbering it if `numbering`.
    private mutating func shortNumber(_ key: Key, numbering: Bool) -> Int? {
        let next = Int32(keys.count)
        let found = keys.withUnsafeBufferPointer { keys in
            buckets.withUnsafeMutableBufferPointer { buckets -> Int? in
                let mask = buckets.count - 1
                var bucket = key.bucket(of: buckets.count)
                while true {
                    let number = Int(buckets[bucket]) - 1
                    if number < 0 {
                        if numbering { buckets[bucket] = next + 1 }
                        return nil
                    }
                    if keys[number] == key { return number }
                    bucket = (bucket + 1) & mask
                }
            }
        }
        if let found { return found }
        guard numbering else { return nil }
        keys.append(key)
        growIfFull()
        return Int(next)
    }

    /// Doubles the buckets when the numbers fill half of them, and puts every short string's number back.
    private mutating func growIfFull() {
        guard keys.count * 2 > buckets.count else { return }
        buckets = Array(repeating: 0, count: buckets.count * 2)
        let mask = buckets.count - 1
        for (number, key) in keys.enumerated() where key != .long {
            var bucket = key.bucket(of: buckets.count)
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(number + 1)
        }
    }

    /// `body` of the bytes of a string of at most fifteen bytes, read from its key (its count in the top byte).
    private static func withBytes<Result>(of key: Key, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withUnsafeBytes(of: (key.low, key.high)) { body(UnsafeRawBufferPointer(rebasing: $0[..<Int(key.high >> 56)])) }
    }

    /// Every scalar of the UTF-8 `bytes` is below U+0300 or a dash, quotation mark or dot of U+2010...U+2027
    /// ("Blinken’s", "don’t": 15% of articles write such an apostrophe in a word). Such a scalar neither
    /// decomposes nor composes with another, so a string of them is its own normal form. In UTF-8 a scalar
    /// from U+0300 on has a lead byte of 0xCC or above; U+2010...U+2027 are E2 80 90...E2 80 A7.
    static func isByteComparable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, (0x90...0xA7).contains(bytes[index + 2]) {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Moves the numbers kept by bytes into the dictionary of strings: distinct as bytes, each its own
    /// normal form, they are distinct as strings.
    private mutating func useStrings() {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(keys.count * 2)
        for (number, key) in keys.enumerated() where key != .long {
            numbers[Self.withBytes(of: key) { String(decoding: $0, as: UTF8.self) }] = number
        }
        for long in 0..<table.count { numbers[table.string(number: long)] = Int(longNumbers[long]) }
        strings = numbers
    }
}
