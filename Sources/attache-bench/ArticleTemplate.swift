import Foundation
import NewsModel

/// One bundled article ready to be copied: its text, and the words of the people it names that a copy
/// replaces with generated names.
struct ArticleTemplate {
    var title: String
    var source: String?
    var language: Language
    var paragraphs: [String]
    /// The people the article names, each as the words of their name (given names first, family name
    /// last), only the capitalised words: "Ursula von der Leyen" is `["Ursula", "Leyen"]`.
    var people: [[String]]

    /// Templates from the bundled articles: each is loaded and analysed once, and every person
    /// speaker of the corpus whose family name occurs in an article becomes one of its people.
    static func bundled(in directory: String) -> [ArticleTemplate] {
        let corpus = Corpus(loading: [directory])
        let names: [[String]] = corpus.speakers.filter { $0.kind == .person }.map { speaker in
            speaker.name.split(separator: " ").map(String.init).filter { word in
                word.count > 1 && word.first?.isUppercase == true && word.last != "."
            }
        }.filter { !$0.isEmpty }
        return corpus.articles.map { article in
            let words = Set(NameSubstitution.words(of: article.text))
            let people = names.filter { name in name.last.map(words.contains) ?? false }
            return ArticleTemplate(
                title: article.title, source: article.metadata.source, language: article.language,
                paragraphs: article.text.components(separatedBy: "\n\n"),
                people: people)
        }
    }
}
