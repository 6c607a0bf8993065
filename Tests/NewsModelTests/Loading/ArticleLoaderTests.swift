import Foundation
import Testing
@testable import NewsModel

@Suite("ArticleLoader")
struct ArticleLoaderTests {
    @Test("paths load in the order given and files are counted")
    func pathOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let b = try directory.write("b.txt", "Bravo.")
        let a = try directory.write("a.txt", "Alfa.")
        let report = ArticleLoader().load(paths: [b, a])
        #expect(report.documents.map(\.paragraphs) == [["Bravo."], ["Alfa."]])
        #expect(report.documents.map(\.file) == [b, a])
        #expect(report.filesRead == 2)
        #expect(report.filesSkipped == 0)
        #expect(!report.hasProblems)
    }

    @Test("- reads standard input and detects its format from the content", arguments: [
        ("{\"title\": \"T\", \"text\": \"Body.\"}", "T"),
        ("---\ntitle: T\n---\nBody.", "T"),
        ("title;text\nT;Body.\n", "T"),
        ("title: T\n\nBody.", "T"),
    ])
    func standardInput(input: String, title: String) throws {
        let report = ArticleLoader().load(paths: ["-"], readStandardInput: { Data(input.utf8) })
        let document = try #require(report.documents.first)
        #expect(document.file == "-")
        #expect(document.metadata.title == title)
        #expect(document.paragraphs == ["Body."])
        #expect(report.filesRead == 1)
    }

    @Test("a directory is read recursively in byte order, skipping hidden entries and .build")
    func directoryOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["b.txt", "B.txt", "a/z.txt", "a/y.md", "é.txt", ".hidden.txt", ".git/x.txt", ".build/y.txt", "c.json"] {
            try directory.write(name, name.hasSuffix(".json") ? "{\"text\": \"\(name)\"}" : "\(name)")
        }
        let report = ArticleLoader().load(paths: [directory.path])
        let names = report.documents.map { String($0.file.dropFirst(directory.path.count + 1)) }
        #expect(names == ["B.txt", "a/y.md", "a/z.txt", "b.txt", "c.json", "é.txt"])
        #expect(report.problems.isEmpty)
        #expect(report.filesRead == 6)
    }

    @Test("a path that does not exist is not found, and the others still load")
    func notFound() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = try directory.write("good.txt", "Tekst.")
        let missing = directory.path + "/missing.txt"
        let report = ArticleLoader().load(paths: [missing, good])
        #expect(report.problems == [LoadProblem(path: missing, error: .notFound)])
        #expect(report.problems.first?.description == "\(missing): no such file or directory")
        #expect(report.documents.count == 1)
        #expect(report.filesSkipped == 1)
    }

    @Test("empty and white-space-only files are skipped as empty")
    func empty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("empty.txt", "")
        try directory.write("spaces.md", "  \n\t\n \u{00A0}\n")
        let report = ArticleLoader().load(paths: [directory.path])
        #expect(report.problems.map(\.error) == [.empty, .empty])
        #expect(report.filesRead == 2)
        #expect(report.filesSkipped == 2)
    }

    @Test("binary files are skipped, invalid UTF-8 is read with a warning")
    func binaryAndInvalid() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("a.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try directory.write("b.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" noir.".utf8))
        let report = ArticleLoader().load(paths: [directory.path])
        #expect(report.problems.map(\.error) == [.binary, .invalidUTF8])
        #expect(report.problems.map(\.severity) == [.skipped, .warning])
        #expect(report.problems.map(\.line) == [nil, 1])
        #expect(report.documents.first?.paragraphs == ["Caf\u{FFFD} noir."])
    }

    @Test("UTF-16 files with a byte order mark load like UTF-8 ones")
    func utf16File() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = "title: Über\r\n\r\nText mit Umlauten: äöü."
        let path = try directory.write("a.txt", bytes: utf16Bytes(text))
        let document = try #require(ArticleLoader().load(paths: [path]).documents.first)
        #expect(document.metadata.title == "Über")
        #expect(document.paragraphs == ["Text mit Umlauten: äöü."])
    }

    @Test("a FIFO inside a directory is skipped without being opened")
    func fifo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("a.txt", "Alfa.")
        let pipe = directory.path + "/b.fifo"
        #expect(mkfifo(pipe, 0o644) == 0)
        try directory.write("c.txt", "Charlie.")
        // A reader blocked in open(2) on the FIFO would hang the load; the watchdog releases it and
        // records that it happened, so the test fails instead of hanging, with no clock involved.
        let watchdog = FIFOReaderWatchdog(path: pipe)
        let report = ArticleLoader().load(paths: [directory.path, pipe])
        #expect(!watchdog.stop(), "the loader opened the FIFO")
        #expect(report.documents.count == 2)
        #expect(report.problems == [LoadProblem(path: pipe, error: .notARegularFile), LoadProblem(path: pipe, error: .notARegularFile)])
    }

    @Test("a symbolic link back into a directory being read is a loop; links elsewhere are followed")
    func symlinkLoop() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("articles/a.txt", "Alfa.")
        try directory.write("other/b.txt", "Bravo.")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/articles/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/articles/more", withDestinationPath: "../other")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/articles/self", withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/articles/dangling", withDestinationPath: "nowhere.txt")
        let root = directory.path + "/articles"
        let report = ArticleLoader().load(paths: [root])
        // `loop` leads to the parent, which is not being walked, so its `other` is read through it.
        #expect(report.documents.map(\.file) == [root + "/a.txt", root + "/loop/other/b.txt", root + "/more/b.txt"])
        #expect(report.problems == [
            LoadProblem(path: root + "/dangling", error: .unreadable("broken symbolic link")),
            LoadProblem(path: root + "/loop/articles", error: .symlinkLoop),
            LoadProblem(path: root + "/self", error: .symlinkLoop),
        ])
    }

    @Test("a path that cannot be read is unreadable with the system's reason")
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write("a.txt", "Alfa.")
        // A file used as a directory fails for root too.
        let report = ArticleLoader().load(paths: [file + "/child.txt"])
        #expect(report.problems == [LoadProblem(path: file + "/child.txt", error: .unreadable("not a directory"))])

        chmod(file, 0)
        let locked = ArticleLoader().load(paths: [file])
        if geteuid() == 0 {
            // Root reads files whatever their mode, so chmod 000 proves nothing here.
            #expect(locked.documents.count == 1)
        } else {
            #expect(locked.problems == [LoadProblem(path: file, error: .unreadable("permission denied"))])
        }
    }

    @Test("a file that disappears before it is read is unreadable")
    func vanished() {
        #expect(throws: LoadError.unreadable("it disappeared while loading")) {
            try FileBytes.read(path: "/nonexistent-\(UUID().uuidString)")
        }
    }

    @Test("load(data:path:) reads bytes as the named file would be read")
    func loadData() {
        let report = ArticleLoader().load(data: Data("{\"text\": \"x\"}".utf8), path: "feed.txt")
        #expect(report.documents.first?.paragraphs == ["{\"text\": \"x\"}"])
        #expect(report.filesRead == 1)
    }
}
