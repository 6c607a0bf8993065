/// A speaker as one article knows it, before the corpus merges it with the same speaker elsewhere.
struct LocalEntity: Sendable, Equatable {
    var kind: Speaker.Kind
    /// The canonical name's words ("Antony", "Blinken"; "Russische", "ministerie", "van", …).
    var words: [String]
    var role: String?
    var country: String?
    /// The organisation noun for organisations ("ministerie").
    var head: String?
    /// Surface forms seen in the text, in order of first appearance.
    var mentions: [String] = []
    /// Member entities of a group.
    var members: [Int] = []
    /// A place standing in for its government, with no organisation named before it.
    var isPlace = false
    /// A role with no name ("de woordvoerder").
    var isUnnamed = false
    /// A person's gender where the text gives one.
    var gender: Gender?

    var name: String { words.joined(separator: " ") }

    /// `name` folded (`TextFolding.fold(name)`), made when asked: the merger and the table key speakers by it.
    var foldedName: String { TextFolding.foldJoined(words) }

    mutating func addMention(_ text: String) {
        // the first as an array of one: appending to an empty array went through the general growing path
        // (made with room for a second, then dropped: growing the array of one at a second form was 4 900 of the
        // 7 100 times an array of mentions grew in 1 000 articles; growing cost 3.8 M instructions there, now 1.2 M)
        if mentions.isEmpty {
            mentions = [text, text]
            mentions.removeLast()
        } else if !mentions.contains(text) {
            mentions.append(text)
        }
    }
}
