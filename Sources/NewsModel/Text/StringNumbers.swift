/// Numbers distinct strings in the order they are first met, equal strings (canonical equivalence, as
/// `==` has it) getting one number: what a `[String: Int]` gives, at a fraction of its cost for words.
///
/// A string whose scalars all lie below U+0300 (or are the dashes and quotation marks of U+2010...U+2027)
/// is its own normal form (none of them decomposes, combines or is replaced in NFC), so two such strings are
/// equal exactly when their bytes are: while every string met is one, strings are numbered by their bytes
/// (`ByteKeyTable`: FNV-1a and `memcmp`, where a dictionary hashes with SipHash after checking the normal
/// form). From the first string met that has another scalar ("e\u{301}", "Ж"), numbers are kept in a
/// dictionary of strings.
struct StringNumbers {
    private var table: ByteKeyTable
    /// Set from the first string that is not `isByteComparable`.
    private var strings: [String: Int]?

    init(minimumCapacity: Int = 64) {
        table = ByteKeyTable(minimumCapacity: minimumCapacity)
    }

    /// How many distinct strings have been numbered.
    var count: Int { strings?.count ?? table.count }

    /// The number of `text`, numbering it `count` when it is new.
    mutating func number(of text: String) -> Int {
        if strings == nil {
            var text = text
            let found = text.withUTF8 { bytes -> Int? in
                guard Self.isByteComparable(bytes) else { return nil }
                return table.number(of: UnsafeRawBufferPointer(bytes)).number
            }
            if let found { return found }
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
            var text = text
            let found = text.withUTF8 { bytes -> Int?? in
                guard Self.isByteComparable(bytes) else { return nil }
                return .some(table.existingNumber(of: UnsafeRawBufferPointer(bytes)))
            }
            if let found { return found }
            useStrings()
        }
        return strings?[text]
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
        numbers.reserveCapacity(table.count * 2)
        for number in 0..<table.count { numbers[table.string(number: number)] = number }
        strings = numbers
    }
}
