import Foundation

// attache-bench: `attache-bench [--largest N] [--runs N]` runs the benchmark of issue 5;
// `attache-bench child-load PATH…` is the child it starts for each measured load.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == ChildLoad.command {
    print(ChildLoad.run(paths: Array(arguments.dropFirst())))
} else {
    do {
        try Benchmark(configuration: Configuration(arguments: arguments)).run()
    } catch {
        log("attache-bench: \(error)")
        exit(1)
    }
}
