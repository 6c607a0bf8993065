import Testing
import PropertyBased
@testable import ReaderUI

/// Drawing walks a text's graphemes on their bytes; the cells must be those that drawing it
/// `Character` by `Character` gives, over whatever the canvas held (wide graphemes cut included).
@Suite("Canvas drawing")
struct CanvasDrawTests {
    /// A canvas already drawn on, with wide graphemes and styles, so overwriting halves is exercised.
    static func used(width: Int) -> Canvas {
        var canvas = Canvas(width: width, height: 3)
        for y in 0..<3 { canvas.draw(String(repeating: "東a京", count: width), x: y, y: y, style: Style(foreground: UInt8(y))) }
        return canvas
    }

    /// `draw` as it was written: each character cleaned, measured, and put where it fits.
    static func plainDraw(_ text: String, on canvas: inout Canvas, x: Int, y: Int, style: Style, clip: Rect) -> Int {
        let area = clip.intersection(canvas.bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        for character in text {
            guard let safe = SafeText.cleaned(character) else { continue }
            let columns = DisplayWidth.of(safe)
            if column + columns > area.maxX { break }
            if column >= area.x { canvas.draw(String(safe), x: column, y: y, style: style, clip: area) }
            column += columns
        }
        return column
    }

    @Test("drawing any text anywhere puts the cells drawing it character by character puts, and ends at the same column")
    func drawEqualsCharacters() async {
        await propertyCheck(count: 600, input: TrickyText.text, Gen.int(in: -3...30), Gen.int(in: 0...25), Gen.int(in: 0...30)) { text, x, clipX, clipWidth in
            let clip = Rect(x: clipX, y: 0, width: clipWidth, height: 2)
            var drawn = Self.used(width: 24)
            var expected = drawn
            let end = drawn.draw(text, x: x, y: 1, style: Style(attributes: .bold), clip: clip)
            let expectedEnd = Self.plainDraw(text, on: &expected, x: x, y: 1, style: Style(attributes: .bold), clip: clip)
            #expect(drawn == expected, "\(text.debugDescription) at \(x) in \(clip)")
            #expect(end == expectedEnd)
        }
    }

    @Test("drawing graphemes one by one in their own styles puts what drawing each character on its own puts")
    func drawGraphemesEqualsCharacters() async {
        await propertyCheck(count: 600, input: TrickyText.text, Gen.int(in: -3...30), Gen.int(in: 1...30)) { text, x, clipWidth in
            let clip = Rect(x: 1, y: 0, width: clipWidth, height: 3)
            var drawn = Self.used(width: 24)
            var expected = drawn
            var offset = 0
            drawn.drawGraphemes(of: text, x: x, y: 2, clip: clip) { grapheme in
                defer { offset += grapheme.scalarCount }
                return Style(foreground: UInt8(offset % 200))
            }
            var column = x
            offset = 0
            for character in text {
                column = expected.draw(String(character), x: column, y: 2, style: Style(foreground: UInt8(offset % 200)), clip: clip)
                offset += character.unicodeScalars.count
            }
            #expect(drawn == expected, "\(text.debugDescription) at \(x) in \(clip)")
        }
    }
}
