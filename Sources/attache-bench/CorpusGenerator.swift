import Foundation
import NewsModel

/// Writes synthetic archives from the bundled articles: each copy gets a date in a ten-year span and
/// generated names for the people it quotes, so names, dates and speakers differ across the archive
/// while every copy keeps its template's quote structure.
struct CorpusGenerator {
    /// One generated article, in the fields both output formats need.
    struct GeneratedArticle {
        var title: String
        var date: String
        var source: String?
        var language: Language
        var paragraphs: [String]
    }

    /// Articles per folder of a plain-text archive.
    static let folderSize = 1_000

    let templates: [ArticleTemplate]
    let pool: NamePool
    private var generator: SplitMix64

    init(templates: [ArticleTemplate], pool: NamePool, seed: UInt64) {
        self.templates = templates
        self.pool = pool
        self.generator = SplitMix64(seed: seed)
    }

    /// The next article: a random template, a random day of 2015–2024, fresh people.
    mutating func next() -> GeneratedArticle {
        let template = templates[Int.random(in: templates.indices, using: &generator)]
        let people = (0..<template.people).map { _ in pool.draw(using: &generator) }
        let year = Int.random(in: 2015...2024, using: &generator)
        let month = Int.random(in: 1...12, using: &generator)
        let day = Int.random(in: 1...28, using: &generator)
        return GeneratedArticle(
            title: template.title.render(people),
            date: String(format: "%04d-%02d-%02d", year, month, day),
            source: template.source, language: template.language,
            paragraphs: template.paragraphs.map { $0.render(people) })
    }

    /// Writes `count` plain-text articles under `root`, `folderSize` to a folder (`root/0000/000000.txt`).
    mutating func writeArchive(articles count: Int, into root: String) throws -> GeneratedArchive {
        var folders: [GeneratedArchive.Folder] = []
        for start in stride(from: 0, to: count, by: Self.folderSize) {
            let folder = root + "/" + String(format: "%04d", start / Self.folderSize)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var bytes = 0
            let end = min(count, start + Self.folderSize)
            for index in start..<end {
                let text = Self.plainText(next())
                bytes += text.utf8.count
                try RawFile.write(text, to: folder + "/" + String(format: "%06d", index) + ".txt")
            }
            folders.append(GeneratedArchive.Folder(path: folder, articles: end - start, bytes: bytes))
        }
        return GeneratedArchive(folders: folders)
    }

    /// Writes JSON Lines articles (`{"title":…,"date":…,"text":…}`) to `path` until it holds `bytes` bytes.
    mutating func writeJSONLines(bytes target: Int, to path: String) throws -> GeneratedFile {
        struct Line: Encodable {
            var title: String
            var date: String
            var text: String
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError.cannotWrite(path) }
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var written = 0
        var articles = 0
        var buffer = Data()
        while written + buffer.count < target {
            let article = next()
            let line = Line(title: article.title, date: article.date, text: article.paragraphs.joined(separator: "\n\n"))
            buffer.append(try encoder.encode(line))
            buffer.append(UInt8(ascii: "\n"))
            articles += 1
            if buffer.count > 1 << 20 {
                try handle.write(contentsOf: buffer)
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        written += buffer.count
        return GeneratedFile(path: path, articles: articles, bytes: written)
    }

    /// The plain-text file format: header lines, a blank line, paragraphs separated by blank lines.
    static func plainText(_ article: GeneratedArticle) -> String {
        var text = "title: \(article.title)\ndate: \(article.date)\n"
        if let source = article.source { text += "source: \(source)\n" }
        if article.language != .unknown { text += "lang: \(article.language.rawValue)\n" }
        text += "\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
        return text
    }
}
