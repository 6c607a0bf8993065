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

    @Test("the bytes around A–Z and a–z at every place of words of up to fifteen bytes make, from the bits or not, the string of the bytes, lower-cased as lowercased() does")
    func bytesAtEveryPlace() {
        for count in 1...15 {
            for place in 0..<count {
                for byte: UInt8 in [0x00, 0x1F, 0x20, 0x30, 0x40, 0x41, 0x4D, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F] {
                    var bytes = (0..<count).map { UInt8(ascii: "a") + UInt8($0) }
                    bytes[place] = byte
                    let packed = PackedASCII(bytes)
                    let expected = String(decoding: bytes, as: UTF8.self)
                    for fromBits in [false, PackedASCII.stringsFromBits] {
                        let made = packed.string(fromBits: fromBits)
                        #expect(made == expected && made.utf8.elementsEqual(bytes) && made.utf8.count == count)
                        #expect(packed.lowercased.string(fromBits: fromBits) == expected.lowercased())
                        #expect(made.hashValue == expected.hashValue)
                    }
                }
            }
        }
    }
}

extension PackedASCIITests {
    @Test("bytes shifted in from below, last byte lowest, are the bytes in order")
    func lastByteLowest() {
        for count in 1...15 {
            let bytes = (0..<count).map { UInt8(ascii: "A") + UInt8($0) }
            var (low, high): (UInt64, UInt64) = (0, 0)
            for byte in bytes {
                high = high << 8 | low >> 56
                low = low << 8 | UInt64(byte)
            }
            #expect(PackedASCII(lastByteLowest: low, high, count: count) == PackedASCII(bytes))
        }
    }
}
