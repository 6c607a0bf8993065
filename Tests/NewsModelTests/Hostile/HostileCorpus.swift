import Foundation
@testable import NewsModel

/// A directory of hostile inputs, written at test time beside two good articles, and what loading it must give.
///
/// Each case is one file (or link, FIFO, folder) whose name says what it is. Nothing binary is committed:
/// every byte is made here. `remove()` deletes the directory (after making the unreadable file readable).
struct HostileCorpus {
    let directory: TemporaryDirectory
    var path: String { directory.path }

    /// Lines in `feed.jsonl`, and the one that is broken.
    static let feedLines = 10_000
    static let brokenFeedLine = 5_000
    /// How deep `deep.json` nests its arrays.
    static let jsonDepth = 10_000
    /// How many opening marks `open-quotes.txt` holds, and how deep `nested-quotes.txt` nests.
    static let openQuoteCount = 100_000
    static let nestingDepth = 1_000
    /// The length of the word in `long-word.txt`.
    static let longWordLength = 5_000

    /// True when this process can read a file whose mode is 000 (root can): then `unreadable.txt` loads.
    let readsUnreadableFiles: Bool

    /// Writes every case; `longLineMegabytes` > 0 adds `long-line.txt`, one line of that many megabytes.
    init(longLineMegabytes: Int = 0) throws {
        let directory = try TemporaryDirectory()
        self.directory = directory
        let path = directory.path
        let articles = repositoryRoot + "/assets/articles/"
        try FileManager.default.copyItem(atPath: articles + "nl-2022-01-blinken-kazachstan.txt", toPath: path + "/good-1.txt")
        try FileManager.default.copyItem(atPath: articles + "fr-2023-03-sommet-macron-sunak.md", toPath: path + "/good-2.md")

        try directory.write("invalid-utf8.txt", bytes: Array("title: Kapot\n\nDe minister zei: “Wij gaan door.”\n".utf8)
            + [0xFF, 0xFE, 0xC3] + Array(" en verder.\n".utf8))
        try directory.write("nul-bytes.txt", bytes: Array("“Ja,” zei hij.".utf8) + [0, 0, 0] + Array("meer".utf8))
        if longLineMegabytes > 0 {
            let sentence = Array("“Wij gaan door,” zei minister Jan de Vries vandaag in Den Haag tegen de pers. ".utf8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(longLineMegabytes << 20 + sentence.count)
            while bytes.count < longLineMegabytes << 20 { bytes += sentence }
            try directory.write("long-line.txt", bytes: bytes)
        }
        try directory.write("open-quotes.txt", "De minister zei: " + String(repeating: "\u{201C}", count: Self.openQuoteCount))
        try directory.write("nested-quotes.txt", "Hij zei: " + String(repeating: "\u{201C}woord ", count: Self.nestingDepth)
            + "kern" + String(repeating: "\u{201D}", count: Self.nestingDepth) + ", aldus minister Jan de Vries.")
        try directory.write("only-marks.txt", String(repeating: "\"'“”‘’„‚«»‹›'' ", count: 200) + "\n\n" + String(repeating: "'\"", count: 500))
        try directory.write("bidi.txt", "“Wij \u{202E}gaan door\u{202C},” zei minister Jan de\u{200D}Vries.\n\n"
            + "Het ministerie\u{200B} noemde het „een \u{2066}stap\u{2069}”.")
        try directory.write("escapes.txt", "title: \u{1B}]0;pwned\u{07}Titel\n\n"
            + "“Wij gaan \u{1B}[31mdoor\u{1B}[0m,” zei minister Jan de Vries vandaag in een lange verklaring aan de pers.\n\n"
            + "Het ministerie noemde het \u{1B}[2J\u{1B}[H„een stap\u{1B}]52;c;cHduZWQ=\u{07}” in de goede richting, aldus de woordvoerder.")
        try directory.write("long-word.txt", "“" + String(repeating: "x", count: Self.longWordLength) + ",” zei minister Jan de Vries.")
        try directory.write("empty.txt", "")
        _ = try directory.makeDirectory("empty-dir")

        let unreadable = try directory.write("unreadable.txt", "“Geheim,” zei de minister.")
        chmod(unreadable, 0)
        readsUnreadableFiles = access(unreadable, R_OK) == 0

        symlink(".", path + "/loop")                      // a link back into the directory being read
        symlink("self-link", path + "/self-link")        // a link to itself: ELOOP
        guard mkfifo(path + "/fifo", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let doomed = try directory.write("doomed.txt", "“Weg,” zei hij.")
        symlink(doomed, path + "/vanished.txt")           // its target is deleted before the load
        try FileManager.default.removeItem(atPath: doomed)

        try directory.write("deep.json", String(repeating: "[", count: Self.jsonDepth) + String(repeating: "]", count: Self.jsonDepth))
        var feed = ""
        for line in 1...Self.feedLines {
            feed += line == Self.brokenFeedLine
                ? "{\"title\": \"Kapot\", \"text\": \"“Half,” zei\n"
                : "{\"title\": \"Bericht \(line)\", \"text\": \"“Wij gaan door,” zei minister Jan de Vries.\"}\n"
        }
        try directory.write("feed.jsonl", feed)
        try directory.write("utf16.txt", bytes: utf16Bytes("title: Zestien\n\n“Wij gaan door,” zei minister Jan de Vries.\n"))
    }

    func remove() {
        chmod(path + "/unreadable.txt", 0o644)
        directory.remove()
    }
}
