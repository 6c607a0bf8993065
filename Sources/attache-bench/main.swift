import Foundation

// attache-bench [--largest N] [--runs N]   runs the benchmark of issue 5 and prints its tables.
// attache-bench generate N DIR             writes the N-article archive (and a feed) to DIR, for profiling.
// attache-bench child-load [--session] PATH…  the child the benchmark starts for each measured load.
// attache-bench child-memory PATH…         where a load's memory sits, stage by stage.
// attache-bench child-session PATH…        loads, then runs the 1 000-key session alone (for a profiler).
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case ChildLoad.command:
        print(ChildLoad.run(arguments: Array(arguments.dropFirst())))
    case ChildSession.command:
        print(ChildSession.runAlone(paths: Array(arguments.dropFirst())))
    case ChildMemory.command:
        print(ChildMemory.run(paths: Array(arguments.dropFirst())))
    case "generate":
        guard arguments.count == 3, let count = Int(arguments[1]) else {
            log("usage: attache-bench generate N DIR")
            exit(2)
        }
        try Benchmark(configuration: Configuration(arguments: [])).generateOnly(articles: count, into: arguments[2])
    default:
        try Benchmark(configuration: Configuration(arguments: arguments)).run()
    }
} catch {
    log("attache-bench: \(error)")
    exit(1)
}
