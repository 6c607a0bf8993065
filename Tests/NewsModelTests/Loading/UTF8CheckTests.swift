import Testing
import TestSupport
@testable import NewsModel

@Suite("UTF8Check")
struct UTF8CheckTests {
    /// Bytes around the edges of the table of well-formed sequences, mixed with ASCII and the lead bytes of
    /// each length, so random runs meet every kind of truncated, overlong, surrogate and too-large sequence.
    static let kinds: [UInt8] = [0x41, 0x20, 0x0A, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF,
                                 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF]

    @Test("bytes are a string exactly when String(validating:) makes one, and the same one, at every length and offset")
    func agreesWithTheStandardLibrary() {
        var generator = SplitMix64(seed: 8)
        for round in 0..<20_000 {
            // mostly ASCII with a few others (as articles are), or dense with the others, up to past two words
            let dense = round % 2 == 0
            let bytes = (0..<Int(generator.next() % 48)).map { _ -> UInt8 in
                let pick = generator.next()
                if !dense && pick % 4 != 0 { return UInt8(0x20 + pick % 0x5F) }
                return Self.kinds[Int(pick >> 8) % Self.kinds.count]
            }
            let slice = bytes.dropFirst(Int(generator.next() % 3))
            let expected = String(validating: slice, as: UTF8.self)
            let made = UTF8Check.string(validating: slice)
            #expect(made == expected, "\(bytes)")
            if let made, let expected {
                #expect(Array(made.utf8) == Array(expected.utf8), "\(bytes)")
                #expect(made.utf8.allSatisfy { $0 < 0x80 } == slice.withUnsafeBufferPointer(UTF8Check.isASCIIIfValid))
            }
        }
    }

    @Test("every scalar's encoding is valid alone and after ASCII; the forms the table excludes are not")
    func scalarsAndExcludedForms() {
        for value in stride(from: 0, through: 0x10FFFF, by: 97) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            #expect(UTF8Check.string(validating: bytes[...]) == String(scalar))
            #expect(UTF8Check.string(validating: (Array("sixteen bytes!!!".utf8) + bytes)[...]) != nil)
        }
        let excluded: [[UInt8]] = [[0xC0, 0xAF], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0x80, 0x80],
                                   [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x80], [0x80]]
        for bytes in excluded {
            #expect(UTF8Check.string(validating: bytes[...]) == nil, "\(bytes)")
            #expect(UTF8Check.string(validating: (Array("a longer run of ascii".utf8) + bytes + [0x41])[...]) == nil, "\(bytes)")
        }
    }
}
