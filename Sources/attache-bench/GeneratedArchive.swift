/// A plain-text archive on disk: its folders of articles, so that its first 1 000, 10 000 … articles
/// can be read as corpora of their own.
struct GeneratedArchive {
    /// One folder of the archive.
    struct Folder {
        var path: String
        var articles: Int
        var bytes: Int
    }

    var folders: [Folder]

    var articles: Int { folders.reduce(0) { $0 + $1.articles } }

    /// The first `articles` articles as a corpus (whole folders).
    func corpus(articles count: Int) -> CorpusFiles {
        var chosen: [Folder] = []
        var total = 0
        for folder in folders where total < count {
            chosen.append(folder)
            total += folder.articles
        }
        return CorpusFiles(
            name: CorpusFiles.label(articles: total), paths: chosen.map(\.path), articles: total,
            bytes: chosen.reduce(0) { $0 + $1.bytes })
    }
}
