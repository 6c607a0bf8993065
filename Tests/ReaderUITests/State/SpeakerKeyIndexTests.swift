import Testing
import TestSupport
@testable import ReaderUI

/// The picker's index must answer exactly what comparing every speaker's words would.
@Suite("SpeakerKeyIndex")
struct SpeakerKeyIndexTests {
    /// The definition: every query word begins a key of the speaker; picker order kept.
    static func bruteForce(_ keys: [[String]], _ order: [Int], _ words: [[UInt8]]) -> [Int] {
        let words = words.filter { !$0.isEmpty }
        return order.filter { id in words.allSatisfy { word in keys[id].contains { Array($0.utf8).starts(with: word) } } }
    }

    @Test("matches equal the brute-force answer for random keys and queries, with and without an earlier answer")
    func randomQueries() {
        var random = SplitMix64(seed: 7)
        // A small alphabet with a multi-byte letter, so beginnings collide and split inside a scalar.
        let letters = ["a", "b", "c", "é", "1"]
        func word(_ length: Int) -> String { (0..<length).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] }.joined() }
        for _ in 0..<100 {
            let keys = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                (0..<Int.random(in: 0...3, using: &random)).map { _ in word(Int.random(in: 1...4, using: &random)) }
            }
            let order = keys.indices.shuffled(using: &random)
            let index = SpeakerKeyIndex(keys: keys, order: order)
            for _ in 0..<10 {
                let query = (0..<Int.random(in: 0...3, using: &random)).map { _ in Array(word(Int.random(in: 0...3, using: &random)).utf8) }
                let expected = Self.bruteForce(keys, order, query)
                #expect(index.matches(query) == expected, "keys \(keys), query \(query)")
                // Narrowing an earlier, wider answer (the query minus its last byte) gives the same.
                if var shorter = query.last, !shorter.isEmpty {
                    shorter.removeLast()
                    let earlier = Self.bruteForce(keys, order, query.dropLast() + [shorter])
                    #expect(index.matches(query, within: earlier) == expected, "keys \(keys), query \(query)")
                }
            }
        }
    }

    @Test("with hundreds of speakers sharing beginnings, narrowing by reading keys or by marking speakers gives the brute-force answer")
    func manySpeakers() {
        var random = SplitMix64(seed: 11)
        let letters = ["a", "b", "é"]
        func word(_ length: Int) -> String { (0..<length).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] }.joined() }
        for _ in 0..<10 {
            let keys = (0..<Int.random(in: 100...400, using: &random)).map { _ in
                (0..<Int.random(in: 0...4, using: &random)).map { _ in word(Int.random(in: 1...5, using: &random)) }
            }
            let order = keys.indices.shuffled(using: &random)
            let index = SpeakerKeyIndex(keys: keys, order: order)
            for _ in 0..<30 {
                let query = (0..<Int.random(in: 1...3, using: &random)).map { _ in Array(word(Int.random(in: 1...4, using: &random)).utf8) }
                let expected = Self.bruteForce(keys, order, query)
                #expect(index.matches(query) == expected, "query \(query)")
                // Within earlier answers both much wider (everyone) and as narrow as the answer itself.
                #expect(index.matches(query, within: order) == expected, "query \(query)")
                #expect(index.matches(query, within: expected) == expected, "query \(query)")
            }
        }
    }

    @Test("a one-letter query is the list under that letter, in the picker's order; no words match everyone")
    func initials() {
        let keys = [["blinken", "antony"], ["lavrov", "sergej"], ["biden"], ["ministerie", "buitenlandse", "zaken"]]
        let index = SpeakerKeyIndex(keys: keys, order: [3, 0, 2, 1])
        #expect(index.matches([Array("b".utf8)]) == [3, 0, 2])
        #expect(index.matches([Array("bi".utf8)]) == [2])
        #expect(index.matches([Array("bu".utf8), Array("z".utf8)]) == [3])
        #expect(index.matches([Array("x".utf8)]) == [])
        #expect(index.matches([]) == [3, 0, 2, 1])
        #expect(!index.hasKey(of: 9, beginningWith: Array("b".utf8)))
    }

    @Test("a word is stored once for all the speakers that have it, and once for a speaker who gives it twice")
    func sharedWords() {
        let keys = [["minister", "van", "minister"], ["minister", "lavrov"], ["van", "der", "minister"], [], ["mini"]]
        let index = SpeakerKeyIndex(keys: keys, order: [4, 2, 1, 0, 3])
        #expect(index.matches([Array("minister".utf8)]) == [2, 1, 0])
        #expect(index.matches([Array("mini".utf8)]) == [4, 2, 1, 0])
        #expect(index.matches([Array("m".utf8)]) == [4, 2, 1, 0])
        #expect(index.matches([Array("v".utf8), Array("min".utf8)]) == [2, 0])
        #expect(index.matches([Array("ministers".utf8)]) == [])
        // the same words given per speaker in another order, repeated or not, make the same index
        let reordered = [["van", "minister"], ["lavrov", "minister", "lavrov"], ["minister", "der", "van"], [], ["mini", "mini"]]
        #expect(SpeakerKeyIndex(keys: reordered, order: [4, 2, 1, 0, 3]) == index)
    }

    @Test("a few candidates looked up in a common word's long list, or many marked, give the brute-force answer")
    func narrowingPaths() {
        // 600 speakers share "common" and "council"; each has a name of its own and one of ten families
        let keys = (0..<600).map { ["common", "council", "s\($0)", "family\($0 % 10)"] + ($0 % 7 == 0 ? ["cabinet"] : []) }
        let order = Array((0..<600).reversed())
        let index = SpeakerKeyIndex(keys: keys, order: order)
        let queries = [["s123", "c"], ["s123", "co"], ["s1", "common"], ["family3", "ca"], ["c", "family"], ["common", "council", "s59"],
                       ["s7", "cab"], ["x", "common"], ["family1", "s1"]].map { $0.map { Array($0.utf8) } }
        for query in queries {
            let expected = Self.bruteForce(keys, order, query)
            #expect(index.matches(query) == expected, "\(query.map { String(decoding: $0, as: UTF8.self) })")
            #expect(index.matches(query, within: order) == expected)
            #expect(index.matches(query, within: expected) == expected)
        }
        #expect(index.hasKey(of: 42, beginningWith: Array("fam".utf8)) && !index.hasKey(of: 41, beginningWith: Array("cab".utf8)))
    }
}
