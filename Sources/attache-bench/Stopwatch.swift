/// Times a piece of work on the continuous clock.
enum Stopwatch {
    /// Runs `work` and returns its result with the seconds it took.
    static func measure<T>(_ work: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        return (result, (clock.now - start).seconds)
    }
}
