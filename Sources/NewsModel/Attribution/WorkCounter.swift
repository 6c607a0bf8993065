/// Counts the steps taken by the analysis's searches that could grow with an article, so tests can check
/// that hostile input (thousands of quotes in one sentence, quotes nested a thousand deep) costs work in
/// proportion to its size.
///
/// Only tests pass one; the analysis proper runs without. Each field counts the elements one kind of
/// search looked at.
final class WorkCounter {
    /// Open quote marks examined while pairing a mark with its opener.
    var quoteStack = 0
    /// Tokens walked over around a quote while looking for its cue.
    var tokens = 0
    /// Mentions examined while looking for a verb's subject or a colon's speaker.
    var mentions = 0
    /// Entities or full names examined while resolving a mention.
    var entities = 0
    /// Scalars copied into quote texts.
    var scalars = 0

    var total: Int { quoteStack + tokens + mentions + entities + scalars }
}
