import Foundation

/// Reads a whole regular file with POSIX calls, refusing anything else without blocking on it.
///
/// The file is opened with `O_NONBLOCK` and checked with `fstat` before any read, so a FIFO that
/// replaced a file after the directory walk checked it cannot hang the load.
enum FileBytes {
    static func read(path: String) throws(LoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.error(errno) }
        guard FileKind(mode: status.st_mode) == .regular else { throw .notARegularFile }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        // An uninitialised chunk: zeroing 64 KiB for every file was 2.6% of the instructions of a load.
        let failure: Int32? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
            while true {
                let count = Foundation.read(descriptor, chunk.baseAddress, chunk.count)
                if count > 0 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
                } else if count == 0 {
                    return nil
                } else if errno != EINTR && errno != EAGAIN {
                    return errno
                }
            }
        }
        if let failure { throw Self.error(failure) }
        return bytes
    }

    /// A lower-case reason for `.unreadable`, or the matching `LoadError` for a missing file or a loop.
    static func error(_ code: Int32) -> LoadError {
        switch code {
        case ELOOP: .symlinkLoop
        case ENOENT: .unreadable("it disappeared while loading")
        default: .unreadable(reason(code))
        }
    }

    /// `strerror` in lower case: "permission denied", "not a directory".
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
