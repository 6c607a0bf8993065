import Testing
import TestSupport
@testable import NewsModel

@Suite("DecodedText")
struct DecodedTextTests {
    @Test("a UTF-8 byte order mark is removed")
    func utf8BOM() throws {
        let decoded = try DecodedText.decode([0xEF, 0xBB, 0xBF] + Array("Hallo".utf8))
        #expect(decoded.text == "Hallo")
        #expect(decoded.warning == nil)
    }

    @Test("UTF-16 with a little- or big-endian byte order mark is decoded as such")
    func utf16() throws {
        let text = "Blinken zei: “Als Russen…”"
        #expect(try DecodedText.decode(utf16Bytes(text, littleEndian: true)) == DecodedText(text: text, warning: nil))
        #expect(try DecodedText.decode(utf16Bytes(text, littleEndian: false)) == DecodedText(text: text, warning: nil))
    }

    @Test("an unpaired surrogate in UTF-16 is replaced and reported")
    func brokenUTF16() throws {
        let decoded = try DecodedText.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
        #expect(decoded.text == "A\u{FFFD}B")
        #expect(decoded.warning == .invalidUTF16)
    }

    @Test("CRLF and lone CR line endings become LF")
    func lineEndings() throws {
        #expect(try DecodedText.decode(Array("a\r\nb\rc\n\r\nd".utf8)).text == "a\nb\nc\n\nd")
    }

    @Test("invalid UTF-8 is decoded with U+FFFD and flagged")
    func invalidUTF8() throws {
        let decoded = try DecodedText.decode(Array("caf".utf8) + [0xE9] + Array(" au lait".utf8))
        #expect(decoded.text == "caf\u{FFFD} au lait")
        #expect(decoded.warning == .invalidUTF8)
        #expect(decoded.warningLine == 1)
    }

    @Test("the warning names the line of the first undecodable byte")
    func invalidUTF8Line() throws {
        let decoded = try DecodedText.decode(Array("één\r\ntwee\n".utf8) + [0xC3, 0x28] + Array("\n\u{FF}".utf8))
        #expect(decoded.warningLine == 3)
    }

    @Test("NUL bytes without a UTF-16 byte order mark mean binary")
    func nulIsBinary() {
        #expect(throws: LoadError.binary) { try DecodedText.decode(Array("text".utf8) + [0] + Array("more".utf8)) }
        // UTF-16 without a BOM has NULs in every other byte: also binary, by design.
        #expect(throws: LoadError.binary) { try DecodedText.decode([0x41, 0x00, 0x42, 0x00]) }
    }

    @Test("a high share of control characters means binary, a few form feeds do not")
    func controlShare() throws {
        let noisy: [UInt8] = (0..<200).flatMap { _ -> [UInt8] in [0x01, 0x41, 0x42, 0x43] }
        #expect(throws: LoadError.binary) { try DecodedText.decode(noisy) }
        let paged = Array(String(repeating: "Een gewone regel tekst.\n", count: 20).utf8) + [0x0C] + Array("Pagina twee.".utf8)
        #expect(try DecodedText.decode(paged).warning == nil)
    }

    @Test("the share of controls is counted as byte by byte, at every length and offset of a sample")
    func controlShareAsByteByByte() {
        func reference(_ bytes: ArraySlice<UInt8>) -> Bool {
            if bytes.contains(0) { return true }
            let sample = bytes.prefix(DecodedText.sampleSize)
            guard !sample.isEmpty else { return false }
            let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
            return Double(controls) > Double(sample.count) * DecodedText.maximumControlShare
        }
        var generator = SplitMix64(seed: 47)
        let kinds: [UInt8] = [0x41, 0x20, 0x0A, 0x09, 0x0D, 0x0C, 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xFF, 0x00]
        for round in 0..<3_000 {
            let weights = round % 3 == 0 ? 13 : 12  // a third of the samples may hold NUL
            let bytes = (0..<Int(generator.next() % 40)).map { _ in kinds[Int(generator.next() % UInt64(weights))] }
            let slice = bytes.dropFirst(Int(generator.next() % 3))
            #expect(DecodedText.looksBinary(slice) == reference(slice), "\(bytes)")
        }
    }
}
