import Foundation
import Testing

/// `attache quotes` on a directory of hostile inputs beside two good articles: every bad file is named with
/// its reason on standard error, the account counts what was read and skipped, the good quotes still come
/// out, the exit status is 1, and no escape sequence from an article reaches the terminal.
@Suite("attache on hostile input")
struct HostileInputTests {
    /// A fresh directory with the cases; the caller removes it.
    static func makeDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/attache-hostile-cli-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        let articles = CommandLineTests.root.appendingPathComponent("assets/articles").path
        try manager.copyItem(atPath: articles + "/nl-2022-01-blinken-kazachstan.txt", toPath: path + "/good-1.txt")
        try manager.copyItem(atPath: articles + "/fr-2023-03-sommet-macron-sunak.md", toPath: path + "/good-2.md")
        try write("nul-bytes.txt", Array("“Ja,” zei hij.".utf8) + [0, 0] + Array("meer".utf8))
        try write("empty.txt", [])
        try write("deep.json", Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8))
        var feed = ""
        for line in 1...100 {
            feed += line == 50 ? "{\"text\": \"broken\n" : "{\"title\": \"Bericht \(line)\", \"text\": \"“Wij gaan door,” zei minister Jan de Vries.\"}\n"
        }
        try write("feed.jsonl", Array(feed.utf8))
        try write("escapes.txt", Array(("title: \u{1B}]0;pwned\u{07}Titel\n\n“Wij gaan \u{1B}[31mdoor\u{1B}]52;c;cHduZWQ=\u{07},” "
            + "zei minister Piet Jansen vandaag tegen de verzamelde pers in Den Haag.").utf8))
        guard mkfifo(path + "/fifo", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        symlink(path + "/gone.txt", path + "/vanished.txt")
        symlink(".", path + "/loop")
        return path
    }

    @Test("bad files are named with their reasons, the account counts them, the good quotes come out, exit 1")
    func hostileDirectory() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try CommandLineTests.run(["quotes", directory])
        #expect(run.status == 1)
        for expected in [
            "\(directory)/nul-bytes.txt: binary file, skipped",
            "\(directory)/empty.txt: empty, no article",
            "\(directory)/deep.json:1: broken JSON: nested deeper than",
            "\(directory)/feed.jsonl:50: broken JSON:",
            "\(directory)/fifo: not a regular file",
            "\(directory)/vanished.txt: cannot read: broken symbolic link",
            "\(directory)/loop: symbolic link loop, skipped",
        ] {
            #expect(run.stderr.contains("attache: " + expected), "stderr names \(expected)")
        }
        // good-1, good-2, escapes and the 99 good feed lines; seven files read (nul-bytes, empty and deep.json
        // to nothing), six skipped (those three, the FIFO, the dangling link and the loop)
        let account = try #require(run.stderr.split(separator: "\n").first { $0.hasPrefix("attache: read ") })
        #expect(account.hasPrefix("attache: read 102 articles from 7 files, "))
        #expect(account.hasSuffix("; 6 files skipped"))
        #expect(run.stdout.contains("Als Russen in je huis zijn"))
        #expect(run.stdout.contains("Nous sommes d'accord sur l'essentiel"))
        #expect(run.stdout.components(separatedBy: "\u{201C}Wij gaan door,\u{201D}").count - 1 == 99)
    }

    @Test("escape sequences in an article are shown as ␛, never sent to the terminal")
    func escapesAreNeutralised() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try CommandLineTests.run(["quotes", directory + "/escapes.txt"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{07}"))
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}"))
        #expect(run.stdout.contains("␛]0;pwned␇Titel"))
        #expect(run.stdout.contains("Wij gaan ␛[31mdoor␛]52;c;cHduZWQ=␇,"))
        let jsonl = try CommandLineTests.run(["quotes", directory + "/escapes.txt", "--format", "jsonl"])
        #expect(jsonl.stdout.contains("\\u001b]52;c;"), "JSON Lines keeps the text, escaped as JSON")
    }
}
