import Testing
import TestSupport
@testable import ReaderUI

@Suite("ByteBitmaps")
struct ByteBitmapsTests {
    @Test("each byte's set holds the positions inserted for it, ascending, once; other bytes and positions out of range hold none")
    func matchesSets() {
        var random = SplitMix64(seed: 13)
        for _ in 0..<50 {
            let count = Int.random(in: 0...300, using: &random)
            let bytes = Set((0..<Int.random(in: 0...6, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            var bitmaps = ByteBitmaps(count: count, bytes: bytes)
            var expected = [UInt8: Set<Int>]()
            for _ in 0..<Int.random(in: 0...400, using: &random) {
                let byte = UInt8.random(in: 0...255, using: &random), position = Int.random(in: -2...(count + 2), using: &random)
                bitmaps.insert(position, for: byte)
                if bytes.contains(byte), position >= 0, position < count { expected[byte, default: []].insert(position) }
            }
            for byte in UInt8.min...UInt8.max {
                #expect(bitmaps.positions(of: byte) == (expected[byte] ?? []).sorted(), "byte \(byte), count \(count)")
            }
        }
    }
}
