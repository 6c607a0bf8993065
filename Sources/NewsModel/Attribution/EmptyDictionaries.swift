/// Empty dictionaries of one type, one of each size up to about `largest` entries, made once: a new dictionary
/// with room for some entries is a copy of the smallest with room enough.
///
/// `Dictionary(minimumCapacity:)` is not specialised (the standard library does not inline it): it looked up
/// the storage's generic type each time, 600 of its 1 000 instructions, and the entity table makes seven such
/// dictionaries an article. A copy shares the empty storage until its first entry is filed, when the storage is
/// copied at its size by specialised code. (The copies share their storage's hash seed, which decides only the
/// order of iteration; these dictionaries are looked up, or their order does not matter.)
struct EmptyDictionaries<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// By ascending capacity.
    private let sized: [[Key: Value]]

    init(upTo largest: Int = 96) {
        var sized: [[Key: Value]] = []
        var wanted = 1
        while true {
            let empty = [Key: Value](minimumCapacity: wanted)
            sized.append(empty)
            if empty.capacity >= largest { break }
            wanted = empty.capacity + 1
        }
        self.sized = sized
    }

    /// An empty dictionary with room for `count` entries, as `Dictionary(minimumCapacity: count)`.
    func withRoom(for count: Int) -> [Key: Value] {
        for empty in sized where empty.capacity >= count { return empty }
        return Dictionary(minimumCapacity: count)
    }
}
