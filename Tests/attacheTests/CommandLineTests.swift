import Foundation
import Testing

/// Runs the built `attache` binary the way a user or a script does, and checks what it prints and returns.
@Suite("attache command line")
struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("assets/articles/nl-2022-01-blinken-kazachstan.txt").path

    /// The binary beside the test bundle (both are in the same products directory).
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("attache"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("attache"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("attache"),
            root.appendingPathComponent(".build/debug/attache"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        // Standard error goes to a file, not a second pipe: reading one pipe to its end while the child
        // fills the other (a long warning list, a sanitizer's report) would block both for ever.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("attache-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)  // a failure shows as the open below throwing
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    func objects(_ run: Run) throws -> [[String: Any]] {
        try run.lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("quotes --format jsonl gives one object per quote with the documented fields")
    func jsonLines() throws {
        let run = try Self.run(["quotes", Self.seed, "--format", "jsonl", "--quiet"])
        #expect(run.status == 0)
        let quotes = try objects(run)
        #expect(quotes.count == 9)
        for key in ["file", "title", "date", "lang", "index", "paragraph", "start", "end", "text", "kind", "speaker", "mention", "role"] {
            #expect(quotes.allSatisfy { $0.keys.contains(key) }, "every line has \(key)")
        }
        #expect(quotes[0]["speaker"] as? String == "Antony Blinken")
        #expect(quotes[0]["date"] as? String == "2022-01")
        #expect(quotes[0]["file"] as? String == Self.seed)
        #expect(quotes[2]["mention"] as? String == "hij")
        #expect(quotes[8]["speaker"] as? String == "Vladimir Poetin & Kassym-Jomart Tokajev")
    }

    @Test("JSON keys come in the documented order on every line, and control characters are escaped")
    func keyOrder() throws {
        let run = try Self.run(["quotes", Self.seed, "--format", "jsonl", "-q"])
        let order = ["file", "record", "title", "date", "lang", "index", "paragraph", "start", "end", "text", "kind",
                     "speaker", "speaker_kind", "mention", "role", "cue"]
        for line in run.lines {
            let positions = order.map { line.range(of: "\"\($0)\":")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        }
        let tricky = try Self.run(["quotes", "-", "--format", "jsonl", "-q"],
                                  stdin: "Hij zei: “een \\ en \" en \u{0007} erin”, aldus minister Jan de Vries.")
        let object = try #require(objects(tricky).first)
        #expect(object["text"] as? String == "een \\ en \" en \u{0007} erin")
    }

    @Test("--speaker matches on whole words in any case; only that speaker's quotes come out")
    func speakerFilter() throws {
        let blinken = try objects(Self.run(["quotes", Self.seed, "--speaker", "BLINKEN", "--format", "jsonl", "-q"]))
        #expect(blinken.count == 2)
        #expect(blinken.allSatisfy { $0["speaker"] as? String == "Antony Blinken" })
        let ministry = try objects(Self.run(["quotes", Self.seed, "--speaker", "russische ministerie", "--format", "jsonl", "-q"]))
        #expect(ministry.count == 4)
    }

    @Test("no speaker matching --speaker exits 3 with a message")
    func noSuchSpeaker() throws {
        let run = try Self.run(["quotes", Self.seed, "--speaker", "Kissinger", "-q"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("no speaker matches 'Kissinger'"))
        #expect(run.stdout.isEmpty)
    }

    @Test("a missing file is reported with its path, the rest is still read, and the exit status is 1")
    func missingFile() throws {
        let run = try Self.run(["quotes", "/nonexistent/article.txt", Self.seed, "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/article.txt: no such file or directory"))
        #expect(run.lines.count == 9)
        #expect(run.stderr.contains("read 1 article"))
    }

    @Test("usage errors exit 2", arguments: [["quotes", "--format", "xml"], ["quotes", "--lang", "klingon"], ["--no-such-flag"]])
    func usageErrors(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test("CSV has a header row and quotes fields with commas and quotes")
    func csv() throws {
        let run = try Self.run(["quotes", Self.seed, "--format", "csv", "-q"])
        #expect(run.status == 0)
        #expect(run.lines.first?.hasPrefix("file,record,title,date,lang,index") == true)
        #expect(run.stdout.contains("\"Als Russen in je huis zijn, kan het soms moeilijk zijn om ze weer weg te krijgen\""))
    }

    @Test("speakers lists the most quoted first, with mentions merged")
    func speakers() throws {
        let list = try objects(Self.run(["speakers", Self.seed, "--format", "jsonl", "-q"]))
        #expect(list.first?["name"] as? String == "Russische ministerie van Buitenlandse Zaken")
        #expect(list.first?["quotes"] as? Int == 4)
        let counts = list.compactMap { $0["quotes"] as? Int }
        #expect(counts == counts.sorted(by: >))
        let blinken = try #require(list.first { $0["name"] as? String == "Antony Blinken" })
        #expect((blinken["mentions"] as? [String])?.contains("minister Antony Blinken") == true)
    }

    @Test("articles piped on standard input are read with -")
    func standardInput() throws {
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let run = try Self.run(["quotes", "-", "--format", "jsonl", "-q"], stdin: text)
        #expect(run.status == 0)
        #expect(try objects(run).count == 9)
    }

    @Test("with no PATH the bundled articles are read")
    func bundled() throws {
        let run = try Self.run(["quotes", "--format", "jsonl"])
        #expect(run.status == 0)
        let files = Set(try objects(run).compactMap { $0["file"] as? String })
        #expect(files.count >= 13)
        #expect(files.allSatisfy { $0.contains("assets/articles/") })
    }

    @Test("a usage error prints its message and usage on separate lines, not as one line of ␊")
    func usageErrorLines() throws {
        let run = try Self.run(["--no-colour"])
        #expect(run.status == 2)
        #expect(!run.stderr.contains("␊"))
        #expect(run.stderr.split(separator: "\n").count >= 2)
    }

    @Test("the reader without a terminal (output to a pipe) says so in one line and exits 2, without loading")
    func readerNeedsATerminal() throws {
        let run = try Self.run([])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.stderr.contains("needs a terminal"))
    }

    @Test("--version and --help exit 0")
    func versionAndHelp() throws {
        #expect(try Self.run(["--version"]).status == 0)
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("quotes"))
    }
}
