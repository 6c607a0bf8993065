import ArgumentParser
import Foundation

// The command line is `AttacheBench` and its subcommands; `attache-bench --help` describes it.
// Exit statuses are decided here, in one place: --help 0; a usage error ArgumentParser's message and
// 64 (EX_USAGE); a run that fails (BenchError, a file system error) `attache-bench: …` and 1.
do {
    var command = try AttacheBench.parseAsRoot()
    try command.run()
} catch {
    // Help and usage errors are ArgumentParser's to print (help reaches here from `run`, as its
    // `helpRequested` error); anything else it would call a plain failure is the benchmark's own.
    guard AttacheBench.exitCode(for: error) == .failure else { AttacheBench.exit(withError: error) }
    log("attache-bench: \(error)")
    exit(1)
}
