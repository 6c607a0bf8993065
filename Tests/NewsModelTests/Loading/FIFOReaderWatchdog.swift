import Foundation
import Synchronization

/// Watches a FIFO for a reader stuck in a blocking open(2). Opening the write end without blocking
/// succeeds only while someone holds or waits on the read end; the watchdog then closes it again,
/// which hands that reader an end of file, and remembers that a reader came.
final class FIFOReaderWatchdog: Sendable {
    private let state = Mutex((running: true, sawReader: false))

    init(path: String) {
        Thread { [self] in
            while state.withLock({ $0.running }) {
                let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 {
                    close(descriptor)
                    state.withLock { $0.sawReader = true }
                }
                usleep(2_000)
            }
        }.start()
    }

    /// Stops watching; true if a reader ever opened the FIFO while it watched.
    func stop() -> Bool {
        state.withLock {
            $0.running = false
            return $0.sawReader
        }
    }
}
