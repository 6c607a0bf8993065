import ArgumentParser

/// The corpus a child command loads: the paths the benchmark passes, files or directories.
///
/// One option group for the three children that take them, as ArgumentParser shares arguments.
struct CorpusPaths: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories to load.", valueName: "PATH"))
    var paths: [String]
}
