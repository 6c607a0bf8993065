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
}
