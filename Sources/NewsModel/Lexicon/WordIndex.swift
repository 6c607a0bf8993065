/// A table from words to values that answers what a `[String: Value]` of the same words answers, looked up by
/// the word's UTF-8 bytes (`ByteKeyTable`: FNV-1a and a comparison of a word or two, where a dictionary hashes
/// with SipHash after checking the string's normal form).
///
/// A word whose scalars are all byte-comparable (`StringNumbers.isByteComparable`, most words of every
/// language the lexicons have) is its own normal form, so it equals such a key exactly when their bytes are
/// equal. Keys and words of other scalars ("e\u{301}") are asked of the dictionary, kept beside.
struct WordIndex<Value> {
    private let table: ByteKeyTable
    /// By the key's number in `table`.
    private let values: [Value]
    private let dictionary: [String: Value]
    /// Some key is not byte-comparable: a byte-comparable word the table lacks may still equal it.
    private let hasOtherKeys: Bool
    /// Made with the index, shared by its copies: which index a copy is of (`isSameIndex`).
    private let identity = Identity()

    /// An object that stands for one index made.
    private final class Identity: Sendable {}

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var table = ByteKeyTable(minimumCapacity: dictionary.count)
        var values: [Value] = []
        var hasOtherKeys = false
        for (key, value) in dictionary {
            var key = key
            // distinct strings, each its own normal form, are distinct bytes: each key is a new number, in order
            let kept = key.withUTF8 { bytes -> Bool in
                guard StringNumbers.isByteComparable(bytes) else { return false }
                _ = table.number(of: UnsafeRawBufferPointer(bytes))
                return true
            }
            if kept { values.append(value) } else { hasOtherKeys = true }
        }
        self.table = table
        self.values = values
        self.hasOtherKeys = hasOtherKeys
    }

    subscript(word: String) -> Value? {
        // nil: not byte-comparable (or not contiguous), or only the dictionary can tell
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            guard StringNumbers.isByteComparable(bytes) else { return nil }
            return value(ofByteComparable: bytes)
        }
        if case .some(.some(let answer)) = found { return answer }
        return dictionary[word]
    }

    /// Whether this index and `other` are copies of one index made: then they hold the same words and values.
    func isSameIndex(as other: borrowing WordIndex) -> Bool {
        identity === other.identity
    }

    /// What `self[word]` answers for the word whose UTF-8 is `bytes`, byte-comparable (`StringNumbers
    /// .isByteComparable`), without a string made of them; nil when only the dictionary can tell (some key is
    /// not byte-comparable, and the table lacks the word).
    func value(ofByteComparable bytes: UnsafeBufferPointer<UInt8>) -> Value?? {
        if let number = table.existingNumber(of: UnsafeRawBufferPointer(bytes)) { return .some(values[number]) }
        return hasOtherKeys ? nil : .some(nil)
    }
}

extension WordIndex: Sendable where Value: Sendable {}
