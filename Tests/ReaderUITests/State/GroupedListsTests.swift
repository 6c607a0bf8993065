import Testing
import TestSupport
@testable import ReaderUI

@Suite("GroupedLists")
struct GroupedListsTests {
    @Test("each key lists its elements in the order they came, like an array of arrays; keys out of range are dropped")
    func matchesArrays() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<50 {
            let count = Int.random(in: 0...20, using: &random)
            let pairs = (0..<Int.random(in: 0...200, using: &random)).map { _ in
                (Int.random(in: -2...(count + 2), using: &random), Int.random(in: 0...1_000, using: &random))
            }
            var expected = [[Int]](repeating: [], count: count)
            for (key, element) in pairs where key >= 0 && key < count { expected[key].append(element) }
            let lists = GroupedLists(count: count, filler: -1) { emit in for (key, element) in pairs { emit(key, element) } }
            #expect(lists.count == count)
            #expect((0..<count).map { Array(lists[$0]) } == expected)
            #expect(lists[-1].isEmpty && lists[count].isEmpty)
        }
    }

    @Test("the lists of a range of keys lie end to end: positions read in order give their lists joined")
    func positionsOfKeys() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<50 {
            let count = Int.random(in: 0...20, using: &random)
            let arrays = (0..<count).map { _ in (0..<Int.random(in: 0...4, using: &random)).map { _ in Int.random(in: 0...99, using: &random) } }
            var starts: [UInt32] = [0]
            for array in arrays { starts.append(starts.last! + UInt32(array.count)) }
            let stored = GroupedLists(starts: starts, elements: arrays.flatMap { $0 })
            let emitted = GroupedLists(count: count, filler: -1) { emit in
                for (key, array) in arrays.enumerated() { for element in array { emit(key, element) } }
            }
            #expect(stored == emitted)
            let lower = Int.random(in: -1...(count + 1), using: &random)
            let upper = Int.random(in: lower...(count + 2), using: &random)
            let clamped = min(max(lower, 0), count)..<min(max(upper, 0), count)
            #expect(stored.positions(ofKeys: lower..<upper).map(stored.element(at:)) == Array(arrays[clamped].joined()))
        }
    }
}
