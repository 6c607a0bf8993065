import Testing
@testable import NewsModel

/// Hostile articles cost work in proportion to their size (issue 4): the searches around each quote, the
/// quote scanner's stack and the entity look-ups are counted by a `WorkCounter`, and doubling an article
/// may at most double the count (with 15 % slack). No clock is read: the counts are exact.
@Suite("Linear work on hostile articles")
struct LinearTimeTests {
    /// One hostile shape: `make(n)` writes an article of about `n` units as paragraphs. A random shape
    /// (`isRandom`) doubles as its one paragraph written twice, so both sizes have the same make-up.
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        var isRandom = false
        let make: @Sendable (Int) -> [String]
        var testDescription: String { name }

        func doubled(_ paragraphs: [String], _ n: Int) -> [String] {
            isRandom ? [paragraphs.joined(separator: " ") + " " + paragraphs.joined(separator: " ")] : make(2 * n)
        }
    }

    static let words = "the minister said that talks would go on while officials in Kyiv and Moscow weighed new terms".split(separator: " ").map(String.init)
    static let marks = ["“", "”", "\"", "'", "‘", "’", "«", "»"]

    /// The same pseudo-random numbers on every run.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let shapes: [Shape] = [
        Shape(name: "a soup of marks and words, no full stop", isRandom: true) { n in
            var dice = Dice(state: 1)
            let units = (0..<n).map { _ in
                dice.next(2) == 0 ? marks[dice.next(marks.count)] + words[dice.next(words.count)]
                    : words[dice.next(words.count)] + marks[dice.next(marks.count)]
            }
            return [units.joined(separator: " ")]
        },
        Shape(name: "only quote marks and apostrophes", isRandom: true) { n in
            var dice = Dice(state: 2)
            return [(0..<n * 3).map { _ in marks[dice.next(marks.count)] }.joined()]
        },
        Shape(name: "opening marks and no closing one") { n in
            [String(repeating: "“word ", count: n)]
        },
        Shape(name: "quotes nested a thousand deep") { n in
            let opens = ["“", "‘", "«"], closes = ["”", "’", "»"]
            let block = (0..<1000).map { opens[$0 % 3] + "w\($0 % 10) " }.joined()
                + (0..<1000).reversed().map { " x" + closes[$0 % 3] }.joined()
            return [String(repeating: block + " ", count: max(1, n / 1000))]
        },
        Shape(name: "one line of ordinary words", isRandom: true) { n in
            var dice = Dice(state: 3)
            return [(0..<n).map { _ in words[dice.next(words.count)] }.joined(separator: " ")]
        },
        Shape(name: "one paragraph of “x,” he said, no full stop") { n in
            [(0..<n).map { "“\(words[$0 % words.count]) talks,” \($0 % 2 == 0 ? "he said" : "said Peskov")" }.joined(separator: " ")]
        },
        Shape(name: "short sentences each with a quote") { n in
            (0..<max(1, n / 5)).map { p in
                (0..<5).map { "“The talks \(p * 5 + $0),” said Dmitry Peskov." }.joined(separator: " ")
            }
        },
        Shape(name: "one sentence of Peskov said “…” and") { n in
            [(0..<n).map { "Peskov said “\(words[$0 % words.count]) talks” and" }.joined(separator: " ")]
        },
        Shape(name: "one sentence of Peskov: “…” and") { n in
            [(0..<n).map { "Peskov: “\(words[$0 % words.count]) talks” and" }.joined(separator: " ")]
        },
        Shape(name: "quotes, then a long sentence with none") { n in
            [(0..<n).map { "“\(words[$0 % words.count])” and" }.joined(separator: " ")
                + ". The minister said " + (0..<n * 2).map { words[$0 % words.count] }.joined(separator: " ")]
        },
        Shape(name: "thousands of different people") { n in
            var dice = Dice(state: 4)
            return (0..<max(1, n / 6)).map { _ in
                (0..<6).map { _ in
                    "\(name(&dice)) \(name(&dice)) said “the talks” on Monday. \(name(&dice)) said “more”. He said “so”."
                }.joined(separator: " ")
            }
        },
        Shape(name: "thousands of ministers, the minister, the spokesman, she") { n in
            var dice = Dice(state: 5)
            return (0..<max(1, n / 12)).map { _ in
                (0..<3).map { _ in
                    "Minister \(name(&dice)) \(name(&dice)) said “the talks” on Monday. The minister said “more”. "
                        + "The spokesman said “so”. She said “yes”."
                }.joined(separator: " ")
            }
        },
        Shape(name: "thousands of ministries, the ministry, a capital, the government") { n in
            var dice = Dice(state: 6)
            return (0..<max(1, n / 12)).map { p in
                (0..<3).map { _ in
                    "The \(name(&dice)) Ministry of \(name(&dice)) said “the talks” on Monday. The ministry said “more”. "
                        + "\(["Moscow", "Kyiv", "Paris"][p % 3]) said “so”. The government said “yes”."
                }.joined(separator: " ")
            }
        },
    ]

    /// A made-up capitalised name: "Cozube".
    static func name(_ dice: inout Dice) -> String {
        let consonants = Array("bcdfghklmnprstvz"), vowels = Array("aeiou")
        return String((0..<3).flatMap { _ in [consonants[dice.next(consonants.count)], vowels[dice.next(vowels.count)]] }).capitalized
    }

    /// Analyses `paragraphs` as one English article, counting the work.
    func analyzed(_ paragraphs: [String]) -> (article: Article, work: WorkCounter) {
        let counter = WorkCounter()
        let document = ArticleDocument(file: "hostile.txt", metadata: ArticleMetadata(language: .en), paragraphs: paragraphs)
        let (article, _) = ArticleAnalyzer().analyze(document, id: 0, counter: counter)
        return (article, counter)
    }

    static let size = 2_000

    @Test("doubling a hostile article at most doubles the work of each search", arguments: shapes)
    func linear(shape: Shape) {
        let paragraphs = shape.make(Self.size)
        let small = analyzed(paragraphs).work
        let large = analyzed(shape.doubled(paragraphs, Self.size)).work
        let counts: [(String, Int, Int)] = [
            ("quote stack", small.quoteStack, large.quoteStack), ("tokens", small.tokens, large.tokens),
            ("mentions", small.mentions, large.mentions), ("entities", small.entities, large.entities),
            ("scalars", small.scalars, large.scalars),
        ]
        for (what, n, twice) in counts {
            // 2.7, not 2: where the two halves meet, quotes left open by the first half run on into the second
            // (a random soup is one paragraph), so its stack and quote texts start deeper; a search that grew
            // with the article would show 4
            #expect(Double(twice) <= 2.7 * Double(n) + 64, "\(what): \(n) for n, \(twice) for 2n")
        }
    }

    @Test("hostile articles still give quotes inside the text, nested at most maximumDepth deep", arguments: shapes)
    func sensible(shape: Shape) {
        let (article, work) = analyzed(shape.make(Self.size))
        let length = article.text.unicodeScalars.count
        for quote in article.quotes {
            #expect(0 <= quote.start && quote.start < quote.end && quote.end <= length)
            #expect(quote.span.depth < QuoteScanner.maximumDepth)
        }
        // every level of nesting repeats the text inside it, so the quotes' texts add up to at most maximumDepth articles
        #expect(work.scalars <= QuoteScanner.maximumDepth * length)
    }

    @Test("a thousand nested quotes report only the outer maximumDepth levels")
    func nestingIsCapped() {
        let (article, _) = analyzed(Self.shapes[3].make(1_000))
        let depths = Set(article.quotes.map(\.span.depth))
        #expect(depths == Set(0..<QuoteScanner.maximumDepth))
    }

    @Test("a quote after a run of marks looks back only termCueWindow tokens for a term cue")
    func termCueWindow() {
        let (_, work) = analyzed([String(repeating: "“a” , ", count: 3_000) + "so-called “b”"])
        // one walk back per quote, each at most the window, plus the cue walk of each
        #expect(work.tokens <= 3_001 * (Attributor.termCueWindow + 8))
    }

    @Test("the attributions these tests rely on still hold in a giant sentence")
    func giantSentenceStillAttributes() {
        let (article, _) = analyzed(Self.shapes[7].make(500))
        #expect(article.quotes.count == 500)
        #expect(article.quotes.allSatisfy { $0.speaker != nil && $0.cue == .speakerVerbQuote })
    }
}
