/// Numbers (mention indexes) by token position, for the positions of one article's tokens: what a
/// `[Int: Int]` keyed by position holds, in an array, because the attributor asks it at every token it
/// looks at and a dictionary hashed each position.
struct TokenMap {
    private var values: [Int32]

    /// A map for positions `0..<count`, every one without a value.
    init(count: Int) {
        values = Array(repeating: -1, count: max(0, count))
    }

    /// The number at `position`; nil for a position without one, also outside `0..<count`.
    subscript(position: Int) -> Int? {
        get {
            guard position >= 0, position < values.count, values[position] >= 0 else { return nil }
            return Int(values[position])
        }
        set { values[position] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
}
