import Testing
import TestSupport
@testable import NewsModel

/// Short strings beyond ASCII made from their bits are the strings `ScalarText` makes.
@Suite("SmallUTF8")
struct SmallUTF8Tests {
    @Test("words of one- to four-byte scalars, up to and past fifteen bytes, are written and lower-cased as ScalarText does, or left to it")
    func asScalarTextMakesThem() {
        let pieces: [Unicode.Scalar] = Array("aZ9éÉßÀÞ×\u{2019}\u{301}ЖжİΣ€\u{1F600}\u{10FFFF}".unicodeScalars)
        var generator = SplitMix64(seed: 15)
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            scalars.withUnsafeBufferPointer { buffer in
                let bytes = scalars.reduce(0) { $0 + UTF8.width($1) }
                let written = SmallUTF8.string(buffer, lowercased: false, fromBits: PackedASCII.stringsFromBits)
                #expect((written != nil) == (bytes <= 15 && PackedASCII.stringsFromBits))
                if let written {
                    #expect(written == ScalarText.string(buffer) && written.utf8.elementsEqual(ScalarText.string(buffer).utf8))
                    #expect(written.unicodeScalars.elementsEqual(scalars) && written.hashValue == ScalarText.string(buffer).hashValue)
                }
                if let lower = SmallUTF8.string(buffer, lowercased: true, fromBits: PackedASCII.stringsFromBits) {
                    #expect(lower.utf8.elementsEqual(ScalarText.lowercased(buffer).utf8) && lower == ScalarText.lowercased(buffer))
                }
                #expect(SmallUTF8.string(buffer, lowercased: false, fromBits: false) == nil)
            }
        }
    }
}
