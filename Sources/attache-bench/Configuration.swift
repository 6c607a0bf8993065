/// How much the benchmark generates and how often it repeats each measurement.
///
/// The defaults aim at a full run under ten minutes on two cores: loads are repeated 5 times at 1 000
/// articles, 3 at 10 000 and 2 at 100 000 on all cores, and 3 / 2 / 0 on one core: throughput on one
/// core is read at 10 000 articles, since one single-core load of 100 000 takes minutes alone; each
/// load of 100 000 takes two to three minutes today, so a third would push the run past ten.
struct Configuration {
    /// Corpus sizes, in articles, each with its runs on all cores and on one core.
    struct Size {
        var articles: Int
        var runs: Int
        var oneCoreRuns: Int
    }

    var sizes = [
        Size(articles: 1_000, runs: 5, oneCoreRuns: 3),
        Size(articles: 10_000, runs: 3, oneCoreRuns: 2),
        Size(articles: 100_000, runs: 2, oneCoreRuns: 0),
    ]
    /// Size of the one JSON Lines feed, and its runs.
    var feedBytes = 50_000_000
    var feedRuns = 2
    /// Keys in the scripted session, and the screen it runs on.
    var sessionKeys = 1_000
    var sessionWidth = 200
    var sessionHeight = 60
    /// Seconds the session's frames may take in all before it stops short of its keys.
    var sessionBudget = 40.0
    /// People in the pool generated names are drawn from.
    var people = 50_000
    var seed: UInt64 = 2_024

    /// The corpus sizes a full run measures, smallest first (what `--largest` chooses among).
    static var standardSizes: [Int] { Configuration().sizes.map(\.articles) }

    /// Drops the sizes above `largest` articles, and shrinks the feed to match (2 000 bytes an article),
    /// for a quick look (`--largest N`).
    mutating func keepSizes(upTo largest: Int) {
        sizes = sizes.filter { $0.articles <= largest }
        feedBytes = min(feedBytes, largest * 2_000)
    }

    /// Repeats every load `runs` times, on all cores, on one core and for the feed alike (`--runs N`).
    mutating func repeatEverywhere(_ runs: Int) {
        sizes = sizes.map { Size(articles: $0.articles, runs: runs, oneCoreRuns: runs) }
        feedRuns = runs
    }
}
