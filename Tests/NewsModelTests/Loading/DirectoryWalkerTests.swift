import Testing
import TestSupport
@testable import NewsModel

@Suite("DirectoryWalker")
struct DirectoryWalkerTests {
    @Test("entries are sorted by the bytes of their names, so capitals come first and accents last")
    func byteOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["zeta.txt", "Zeta.txt", "ångström.txt", "10.txt", "9.txt", ".build/x.txt", "_x.txt"] {
            try directory.write(name, "x")
        }
        let files = DirectoryWalker.walk(directory.path).compactMap { entry -> String? in
            guard case .file(let path) = entry else { return nil }
            return String(path.dropFirst(directory.path.count + 1))
        }
        #expect(files == ["10.txt", "9.txt", "Zeta.txt", "_x.txt", "zeta.txt", "ångström.txt"])
    }

    @Test("a path given with a trailing slash does not double it")
    func trailingSlash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("a.txt", "x")
        #expect(DirectoryWalker.walk(directory.path + "/") == [.file(directory.path + "/a.txt")])
    }

    @Test("names sorted on their first sixteen bytes packed into numbers are in the order of all their bytes")
    func packedOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // names that share long prefixes, end within the first sixteen bytes or past them, and hold bytes beyond ASCII
        let pieces = ["a", "b", "A", "0", "é", "ñ", "-", "aaaaaaa", "bbbbbbbb", "~"]
        var generator = SplitMix64(seed: 61)
        var names: Set<String> = []
        while names.count < 300 {
            names.insert(generator.joined(pieces, count: Int(1 + generator.next() % 12)))
        }
        for name in names { try directory.write(name, "x") }
        let found = try DirectoryWalker.names(in: directory.path).get()
        #expect(found == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}
