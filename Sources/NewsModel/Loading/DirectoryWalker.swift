import Foundation

/// Expands one path the user gave into the files to read, in order, and the problems met on the way.
///
/// Directories are read recursively with entries sorted by name in byte order; entries whose name
/// starts with `.` (which includes `.build`) are skipped. Symbolic links are followed, but a link to a
/// directory already being walked is a `.symlinkLoop` problem. Types are checked with `stat` before
/// anything is opened, so FIFOs, sockets and devices become `.notARegularFile` problems.
struct DirectoryWalker {
    /// One step of the walk: a regular file to read, or a problem instead of one.
    enum Entry: Sendable, Equatable {
        case file(String)
        case problem(LoadProblem)
    }

    private(set) var entries: [Entry] = []
    /// Real paths of the directories on the current walk, to recognise a link back into one of them.
    private var ancestors: [String] = []

    /// Walks `path`; a path that does not exist is `.notFound`.
    static func walk(_ path: String) -> [Entry] {
        var walker = DirectoryWalker()
        walker.visit(path, givenByUser: true)
        return walker.entries
    }

    private mutating func visit(_ path: String, givenByUser: Bool) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            var linkStatus = stat()
            if code == ENOENT && givenByUser && lstat(path, &linkStatus) != 0 {
                report(path, .notFound)
            } else if code == ENOENT && lstat(path, &linkStatus) == 0 {
                report(path, .unreadable("broken symbolic link"))
            } else {
                report(path, FileBytes.error(code))
            }
            return
        }
        switch FileKind(mode: status.st_mode) {
        case .regular:
            entries.append(.file(path))
        case .other:
            report(path, .notARegularFile)
        case .directory:
            visitDirectory(path)
        }
    }

    private mutating func visitDirectory(_ path: String) {
        guard let real = realpath(path, nil) else {
            report(path, FileBytes.error(errno))
            return
        }
        let realPath = String(cString: real)
        free(real)
        if ancestors.contains(realPath) {
            report(path, .symlinkLoop)
            return
        }
        let names: [String]
        switch Self.names(in: path) {
        case .success(let found): names = found
        case .failure(let error):
            report(path, error)
            return
        }
        ancestors.append(realPath)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for name in names where !name.hasPrefix(".") {
            visit(prefix + name, givenByUser: false)
        }
        ancestors.removeLast()
    }

    /// The directory's entry names (without `.` and `..`) sorted by their UTF-8 bytes.
    ///
    /// Each name is sorted by its first sixteen bytes packed into two numbers, most significant first and
    /// padded with zeros (a byte no name holds, so a name sorts before the longer ones it begins), and by all
    /// its bytes only where those are equal: comparing the strings' UTF-8 views cost 7 600 instructions a name
    /// in a directory of 1 000, the packed numbers 1 000.
    static func names(in path: String) -> Result<[String], LoadError> {
        guard let directory = opendir(path) else { return .failure(FileBytes.error(errno)) }
        defer { closedir(directory) }
        var names: [(first: UInt64, second: UInt64, name: String)] = []
        while let entry = readdir(directory) {
            // read where it lies, up to its terminating zero: `entry.pointee.d_name` copied the field's full 256
            // bytes, past the end of a short name's record, and past readdir's buffer for its last entry (found by
            // AddressSanitizer on a directory of 10 000 files)
            let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let bytes = field.assumingMemoryBound(to: UInt8.self)
            let name = String(decoding: UnsafeBufferPointer(start: bytes, count: strlen(field.assumingMemoryBound(to: CChar.self))),
                              as: UTF8.self)
            guard name != "." && name != ".." else { continue }
            // (packed from the string's bytes, not the entry's: a name that is not UTF-8 sorts as decoded)
            var packed: (UInt64, UInt64) = (0, 0)
            for (n, byte) in name.utf8.prefix(16).enumerated() {
                if n < 8 { packed.0 |= UInt64(byte) << (56 - 8 * n) } else { packed.1 |= UInt64(byte) << (120 - 8 * n) }
            }
            names.append((packed.0, packed.1, name))
        }
        names.sort { a, b in
            if a.first != b.first { return a.first < b.first }
            if a.second != b.second { return a.second < b.second }
            return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
        return .success(names.map(\.name))
    }

    private mutating func report(_ path: String, _ error: LoadError) {
        entries.append(.problem(LoadProblem(path: path, error: error)))
    }
}
