import Testing
@testable import NewsModel

/// Strings made from packed bytes are the strings the standard library makes of those bytes.
@Suite("PackedASCII")
struct PackedASCIITests {
    @Test("on a 64-bit little-endian platform, strings are made from their bits")
    func fromBitsHere() {
        #if _endian(little) && (arch(x86_64) || arch(arm64))
        #expect(PackedASCII.stringsFromBits)
        #endif
    }

    @Test("every byte at every place of words of up to fifteen bytes makes, from the bits or not, the string of the bytes, lower-cased as lowercased() does")
    func everyByteAtEveryPlace() {
        for count in 1...15 {
            for place in 0..<count {
                for byte in UInt8(0)..<0x80 {
                    var bytes = (0..<count).map { UInt8(ascii: "a") + UInt8($0) }
                    bytes[place] = byte
                    let packed = PackedASCII(bytes)
                    let expected = String(decoding: bytes, as: UTF8.self)
                    for fromBits in [false, PackedASCII.stringsFromBits] {
                        let made = packed.string(fromBits: fromBits)
                        #expect(made == expected && made.utf8.elementsEqual(bytes) && made.utf8.count == count)
                        #expect(packed.lowercased.string(fromBits: fromBits) == expected.lowercased())
                        #expect(Set([made, expected]).count == 1 && made.hashValue == expected.hashValue)
                    }
                }
            }
        }
    }
}
