/// A search's walk through the other articles for the next match, done a slice at a time so that keys
/// keep working: the run loop asks for the next slice (`Action.searchStep`) while no key is waiting,
/// and any key stops the walk.
///
/// At 100 000 articles a query found nowhere reads 200 MB of text (about half a second); read at once
/// in the update, it froze the reader for that long, with no way to stop it.
public struct SearchSweep: Sendable, Equatable {
    /// Reading on (`n`, Enter) or back (`N`).
    public let forward: Bool
    /// The next row of `visibleArticles` to read.
    var row: Int
    /// False on the rows after the article the search started from; true once it went round from the
    /// other end of the list.
    var wrapped = false
    /// Articles read so far, of `total`: those after the start, then the whole list round again.
    public internal(set) var read = 0
    public let total: Int

    /// How much text one slice reads at most: 2 MB took 3–4 ms at 100 000 articles, so a key waits no
    /// longer than a frame's budget (5 ms) for the slice under way to end.
    public static let bytesPerSlice = 2 << 20
    /// What reading an article costs beside its text (looking it up, starting the scan), in bytes of text.
    static let bytesPerArticle = 256

    /// The share of the walk done, in percent.
    public var percent: Int { total == 0 ? 100 : min(100, read * 100 / total) }
}
