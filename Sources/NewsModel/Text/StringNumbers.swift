/// Numbers distinct strings in the order they are first met, equal strings (canonical equivalence, as
/// `==` has it) getting one number: what a `[String: Int]` gives, at a fraction of its cost for words.
///
/// A string whose scalars all lie below U+0300 is its own normal form (none of them decomposes, combines
/// or is replaced in NFC), so two such strings are equal exactly when their bytes are: while every string
/// met is one, strings are numbered by their bytes (`ByteKeyTable`: FNV-1a and `memcmp`, where a
/// dictionary hashes with SipHash after checking the normal form). From the first string met that has
/// another scalar on ("e\u{301}", "Ж"), numbers are kept in a dictionary of strings.
struct StringNumbers {
    private var table: ByteKeyTable
    /// Set from the first string with a scalar at or above U+0300.
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
                guard Self.isBelowCombiningMarks(bytes) else { return nil }
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
                guard Self.isBelowCombiningMarks(bytes) else { return nil }
                return .some(table.existingNumber(of: UnsafeRawBufferPointer(bytes)))
            }
            if let found { return found }
            useStrings()
        }
        return strings?[text]
    }

    /// Every scalar of the UTF-8 `bytes` is below U+0300: no byte is 0xCC or above (the lead byte of U+0300
    /// and every later scalar; continuation bytes are below 0xC0).
    static func isBelowCombiningMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xCC { return false }
        return true
    }

    /// Moves the numbers kept by bytes into the dictionary of strings: distinct as bytes, each below
    /// U+0300, they are distinct as strings.
    private mutating func useStrings() {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(table.count * 2)
        for number in 0..<table.count { numbers[table.string(number: number)] = number }
        strings = numbers
    }
}
