import Testing
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
}
