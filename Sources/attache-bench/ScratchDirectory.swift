import Foundation

/// The temporary directory the generated corpora live in: removed at the end, and on Ctrl-C.
final class ScratchDirectory {
    let path: String
    private let interrupt: DispatchSourceSignal

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("attache-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        signal(SIGINT, SIG_IGN)
        interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let path = path
        interrupt.setEventHandler {
            try? FileManager.default.removeItem(atPath: path)
            FileHandle.standardError.write(Data("\ninterrupted: removed \(path)\n".utf8))
            exit(130)
        }
        interrupt.resume()
    }

    func remove() {
        interrupt.cancel()
        try? FileManager.default.removeItem(atPath: path)
    }
}
