/// For each byte value, a set of positions `0..<count`, stored as bits: one bitmap per byte that has any
/// position, none for the others.
///
/// The picker keeps, for each byte that begins a word, the speakers with such a word (`SpeakerKeyIndex`):
/// as lists of 32-bit ids that took 4.4 MB at 96 654 speakers (a speaker's words begin with a dozen different
/// letters), as bits over the picker's positions 0.6 MB, and read back in the picker's order as they are.
struct ByteBitmaps: Sendable, Equatable {
    /// Positions per set.
    let count: Int
    /// For each byte, where its bitmap starts in `words` (in 64-bit words), or -1 for a byte with none.
    private let starts: [Int32]
    private var words: [UInt64]

    /// Sets of positions below `count` for the bytes of `bytes`, each empty; `insert` fills them.
    init(count: Int, bytes: Set<UInt8>) {
        self.count = max(0, count)
        let perMap = (self.count + 63) / 64
        var starts = [Int32](repeating: -1, count: 256)
        var next = 0
        for byte in bytes.sorted() {
            starts[Int(byte)] = Int32(next)
            next += perMap
        }
        self.starts = starts
        self.words = [UInt64](repeating: 0, count: next)
    }

    /// Adds `position` to the set of `byte`; nothing for a byte without a set or a position out of range.
    mutating func insert(_ position: Int, for byte: UInt8) {
        let start = Int(starts[Int(byte)])
        guard start >= 0, position >= 0, position < count else { return }
        words[start + position / 64] |= 1 << UInt64(position % 64)
    }

    /// The positions in the set of `byte`, ascending.
    func positions(of byte: UInt8) -> [Int] {
        let start = Int(starts[Int(byte)])
        guard start >= 0 else { return [] }
        var positions: [Int] = []
        for index in 0..<(count + 63) / 64 {
            var bits = words[start + index]
            while bits != 0 {
                positions.append(index * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return positions
    }
}
