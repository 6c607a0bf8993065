import Foundation
import Testing
@testable import NewsModel

@Suite("Language")
struct LanguageTests {
    @Test("header values name languages by code, region code or name", arguments: [
        ("nl", Language.nl), ("nl-BE", .nl), ("Nederlands", .nl), ("EN", .en), ("english", .en),
        ("de_DE", .de), ("Deutsch", .de), ("fr", .fr), ("français", .fr),
    ])
    func header(value: String, language: Language) {
        #expect(Language(header: value) == language)
    }

    @Test("unknown header values are not guessed")
    func unknown() {
        #expect(Language(header: "klingon") == nil)
        #expect(Language(header: "") == nil)
    }

    @Test("a header value is trimmed of what Foundation's whitespaces hold, and nothing else")
    func trimmedAsFoundationTrims() {
        #expect(Language(header: " \u{3000}nl\t") == .nl && Language(header: "\u{A0}EN ") == .en)
        #expect(Language(header: "\nnl") == nil)  // a line break is no horizontal space
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Language.isHorizontalSpace(scalar) != CharacterSet.whitespaces.contains(scalar) { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.map { String($0, radix: 16) })")
    }
}
