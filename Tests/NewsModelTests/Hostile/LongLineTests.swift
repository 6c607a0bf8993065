import Foundation
import Testing
@testable import NewsModel

/// A 20 MB file that is one line with no paragraph break, apart from the hostile directory because it is the
/// slow case: about 25 s in a debug build on this machine, most of it in attribution over one huge paragraph.
@Suite("Hostile corpus: a 20 MB line")
struct LongLineTests {
    @Test("a 20 MB single line loads as one article beside the good ones, its quotes found and the invariants kept")
    func twentyMegabyteLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let sentence = "“Wij gaan door,” zei minister Jan de Vries vandaag in Den Haag tegen de pers. "
        let repeats = (20 << 20) / sentence.utf8.count + 1
        try directory.write("long-line.txt", String(repeating: sentence, count: repeats))
        try FileManager.default.copyItem(atPath: seedArticlePath, toPath: directory.path + "/good.txt")

        let corpus = Corpus(loading: [directory.path])
        #expect(corpus.problems.isEmpty)
        #expect(corpus.filesRead == 2)
        #expect(corpus.articles.count == 2)
        let long = try #require(corpus.articles.first { $0.file.hasSuffix("long-line.txt") })
        #expect(long.paragraphs.count == 1)
        #expect(long.quotes.count == repeats)
        let violations = corpus.invariantViolations()
        #expect(violations.isEmpty, "\(violations.prefix(20).joined(separator: "\n"))")
    }
}
