import Testing
import TestSupport
@testable import NewsModel

@Suite("ByteKeyTable")
struct ByteKeyTableTests {
    /// A random key: short words of ASCII letters, with now and then an accented letter, a curly
    /// apostrophe, a decomposed accent or nothing at all.
    static func key(_ generator: inout SplitMix64) -> String {
        let pieces = ["a", "b", "e", "s", "T", "é", "e\u{301}", "’", "'", "-", "Ж", "😀"]
        let length = Int(generator.next() % 7)
        return generator.joined(pieces, count: length)
    }

    @Test("numbers keys as a dictionary of their bytes would and gives them back, through growth, and again after emptying")
    func numbersLikeADictionary() {
        var generator = SplitMix64(seed: 5)
        var table = ByteKeyTable(minimumCapacity: 4)
        for round in 0..<2 {
            var expected: [[UInt8]: Int] = [:]
            for _ in 0..<5_000 {
                let key = Self.key(&generator)
                let bytes = Array(key.utf8)
                let (number, isNew) = table.number(of: key)
                #expect(Array(table.string(number: number).utf8) == bytes)
                if let known = expected[bytes] {
                    #expect(number == known && !isNew, "round \(round): \(key.debugDescription)")
                } else {
                    #expect(number == expected.count && isNew, "round \(round): \(key.debugDescription)")
                    expected[bytes] = number
                }
            }
            #expect(table.count == expected.count && expected.count > 500)
            table.removeAll()
            #expect(table.count == 0)
        }
    }

    @Test("keys equal as strings but not as bytes are two keys; the empty key is one")
    func bytesNotStrings() {
        var table = ByteKeyTable()
        #expect(table.number(of: "é") == (0, true))
        #expect(table.number(of: "e\u{301}") == (1, true))  // canonically equivalent, other bytes
        #expect(table.number(of: "") == (2, true) && table.number(of: "") == (2, false))
        #expect(table.number(of: "é") == (0, false))
        let count = table.count
        #expect(Array("e\u{301}".utf8).withUnsafeBytes { table.existingNumber(of: $0) } == 1)
        #expect(Array("ee".utf8).withUnsafeBytes { table.existingNumber(of: $0) } == nil && table.count == count)
    }
}
