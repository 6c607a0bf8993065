import Testing
@testable import NewsModel

@Suite("Corpus")
struct CorpusTests {
    @Test("a corpus analysed in chunks of any size, each merged on its own, is the corpus analysed in one")
    func chunks() {
        let report = ArticleLoader().load(paths: [Bundled.articles.path])
        let whole = Corpus(documents: report.documents, problems: report.problems, filesRead: report.filesRead,
                           filesSkipped: report.filesSkipped, chunk: report.documents.count, analysed: { _ in })
        #expect(whole.articles.count == report.documents.count && whole.articles.count > 5)
        #expect(whole.articles.map(\.id) == Array(whole.articles.indices))
        for size in [1, 2, 5] {
            let chunked = Corpus(documents: report.documents, problems: report.problems, filesRead: report.filesRead,
                                 filesSkipped: report.filesSkipped, chunk: size, analysed: { _ in })
            #expect(chunked == whole, "chunks of \(size)")
        }
        #expect(Corpus(documents: report.documents, problems: report.problems, filesRead: report.filesRead,
                       filesSkipped: report.filesSkipped) == whole)
    }
}
