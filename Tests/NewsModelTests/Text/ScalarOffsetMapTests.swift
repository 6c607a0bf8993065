import Testing
import TestSupport
@testable import NewsModel

@Suite("Scalar offset map")
struct ScalarOffsetMapTests {
    @Test("every scalar offset asked for maps to where that scalar's UTF-8 begins; past the text, to nothing")
    func mapsLikeTheScalarView() {
        var generator = SplitMix64(seed: 71)
        // runs of one width and mixed, so that eight bytes read at once split scalars of two, three and four bytes
        let pieces = ["a", "abcdefghij", "é", "ééééé", "—", "“”„", "😀", "😀😀😀", "e\u{301}", " "]
        for _ in 0..<500 {
            let text = generator.joined(pieces, count: Int(generator.next() % 12))
            let utf8 = text.utf8
            let starts = text.unicodeScalars.indices.map { utf8.distance(from: utf8.startIndex, to: $0) } + [utf8.count]
            let asked = (0..<Int(generator.next() % 8)).map { _ in Int(generator.next() % UInt64(starts.count + 2)) }
            let map = ScalarOffsetMap(asked, in: text)
            for offset in asked {
                #expect(map.utf8Offset(offset) == (offset < starts.count ? starts[offset] : nil), "\(text.debugDescription) \(offset)")
            }
            if let notAsked = (0..<starts.count).first(where: { !asked.contains($0) }) {
                #expect(map.utf8Offset(notAsked) == nil)
            }
        }
    }
}
