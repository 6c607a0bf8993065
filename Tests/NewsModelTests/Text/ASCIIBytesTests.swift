import Testing
import TestSupport
@testable import NewsModel

@Suite("ASCIIBytes")
struct ASCIIBytesTests {
    @Test("lowering an ASCII byte is what lowercased() does to it; other bytes are left alone")
    func lowered() {
        for byte in UInt8(0)..<0x80 {
            let scalar = String(Character(Unicode.Scalar(byte)))
            #expect(ASCIIBytes.lowered(byte) == Array(scalar.lowercased().utf8)[0], "byte \(byte)")
        }
        for byte in UInt8(0x80)...0xFF { #expect(ASCIIBytes.lowered(byte) == byte) }
        #expect(ASCIIBytes.loweredString(Array("NAVO-Chef, U.S.".utf8)) == "navo-chef, u.s.")
        #expect(ASCIIBytes.isASCII("Blinken") && !ASCIIBytes.isASCII("Poetin’s"))
    }

    @Test("a word contains a byte exactly when one of its eight bytes is it, wherever it stands and whatever is around it")
    func containsInWord() {
        var generator = SplitMix64(seed: 5)
        let near: [UInt8] = [0x00, 0x01, 0x0A, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for round in 0..<4_000 {
            // bytes near the searched ones (a borrow from a zero byte may not turn a neighbour into a match)
            let bytes = (0..<8).map { _ in round % 2 == 0 ? near[Int(generator.next() % UInt64(near.count))] : UInt8(truncatingIfNeeded: generator.next()) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            for byte in near + [UInt8(truncatingIfNeeded: generator.next())] {
                #expect(ASCIIBytes.contains(byte, in: word) == bytes.contains(byte), "\(bytes) \(byte)")
            }
        }
    }
}
