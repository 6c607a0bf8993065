import Foundation
import Testing
@testable import NewsModel

/// Scores the model on the bundled articles against their hand-written gold annotations.
@Suite("Gold annotations of the bundled articles")
struct GoldScoreTests {
    struct GoldFile: Decodable {
        struct GoldQuote: Decodable {
            var text: String
            var speaker: String?
            var kind: String
        }
        var file: String
        var quotes: [GoldQuote]
    }

    static func normalized(_ text: String) -> String {
        text.unicodeScalars.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : String($0) }.joined()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("precision and recall of quotes at least 0.95; speaker accuracy at least 0.90")
    func score() throws {
        let goldFiles = try FileManager.default.contentsOfDirectory(atPath: Bundled.gold.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(goldFiles.count >= 13)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, rightSpeakers = 0, rightKinds = 0
        var misses: [String] = []
        for name in goldFiles {
            let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: Bundled.gold.appendingPathComponent(name)))
            let corpus = Corpus(loading: [Bundled.articles.appendingPathComponent(gold.file).path])
            #expect(corpus.articles.count == 1, "\(gold.file) loads as one article")
            guard let article = corpus.articles.first else { continue }
            var predicted = article.countedQuotes
            for expected in gold.quotes {
                guard let hit = predicted.firstIndex(where: { Self.normalized(String($0.text)) == Self.normalized(expected.text) }) else {
                    falseNegatives += 1
                    misses.append("\(gold.file): missed “\(expected.text.prefix(50))”")
                    continue
                }
                let quote = predicted.remove(at: hit)
                truePositives += 1
                let speaker = quote.kind == .term ? nil : quote.speaker.map { corpus.speakers[$0].name }
                if TextFolding.fold(speaker ?? "") == TextFolding.fold(expected.speaker ?? "") {
                    rightSpeakers += 1
                } else {
                    misses.append("\(gold.file): “\(expected.text.prefix(40))” gold=\(expected.speaker ?? "-") got=\(speaker ?? "-")")
                }
                if quote.kind.rawValue == expected.kind { rightKinds += 1 }
            }
            falsePositives += predicted.count
            misses += predicted.map { "\(gold.file): extra “\($0.text.prefix(50))”" }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let speakerAccuracy = Double(rightSpeakers) / Double(max(1, truePositives))
        let kindAccuracy = Double(rightKinds) / Double(max(1, truePositives))
        print(String(format: "gold: %d files, %d gold quotes — precision %.3f, recall %.3f, speaker accuracy %.3f, kind accuracy %.3f",
                     goldFiles.count, truePositives + falseNegatives, precision, recall, speakerAccuracy, kindAccuracy))
        for miss in misses { print("  " + miss) }
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
        #expect(speakerAccuracy >= 0.90)
    }
}
