import Foundation
import NewsModel

/// One bundled article ready to be copied: its title and paragraphs with the names of the people it
/// mentions cut out as slots, which each copy fills with generated people.
struct ArticleTemplate {
    var source: String?
    var language: Language
    var title: TemplateText
    var paragraphs: [TemplateText]
    /// How many people the slots refer to.
    var people: Int

    /// Templates from the bundled articles: each is loaded and analysed once, and every person speaker
    /// of the corpus whose family name occurs in an article becomes one of its people. Only the
    /// capitalised words of a name are slots: "Ursula von der Leyen" gives "Ursula" and "Leyen".
    static func bundled(in directory: String) -> [ArticleTemplate] {
        let corpus = Corpus(loading: [directory])
        let names: [[String]] = corpus.speakers.filter { $0.kind == .person }.map { speaker in
            speaker.name.split(separator: " ").map(String.init).filter { word in
                word.count > 1 && word.first?.isUppercase == true && word.last != "."
            }
        }.filter { !$0.isEmpty }
        return corpus.articles.map { article in
            let words = TemplateText.words(of: article.text)
            var slots: [String: (person: Int, family: Bool)] = [:]
            var people = 0
            for name in names where name.last.map(words.contains) == true {
                for (position, word) in name.enumerated() {
                    slots[word] = (people, position == name.count - 1)
                }
                people += 1
            }
            return ArticleTemplate(
                source: article.metadata.source, language: article.language,
                title: TemplateText(article.title, slots: slots),
                paragraphs: article.text.components(separatedBy: "\n\n").map { TemplateText($0, slots: slots) },
                people: people)
        }
    }
}
