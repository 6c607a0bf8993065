import Testing
import PropertyBased
import NewsModel
@testable import ReaderUI

/// Properties of wrapping, safe text and the canvas over generated hostile text.
@Suite("Properties of text on the screen")
struct TextProperties {
    @Test("wrapping never exceeds the width, never splits a grapheme and loses no visible character")
    func wrapping() async {
        await propertyCheck(count: 400, input: TrickyText.text, Gen.int(in: 1...120)) { text, width in
            let lines = TextWrapper.wrap(Substring(text), width: width)
            var kept: [Character] = []
            for range in lines {
                let line = text[range]
                #expect(line.reduce(0) { $0 + TextWrapper.columns($1) } <= width, "line too wide at \(width): \(line.debugDescription)")
                // Bounds on grapheme boundaries: re-slicing by characters gives the same text.
                #expect(String(line).count == text.distance(from: range.lowerBound, to: range.upperBound))
                kept += line.filter { $0 != " " }
            }
            let visible = text.filter { $0 != " " && (width >= 2 || TextWrapper.columns($0) <= width) }
            #expect(kept == Array(visible), "characters lost or repeated at width \(width)")
        }
    }

    @Test("safe text never holds a C0 or C1 control character or a bidi override")
    func safeText() async {
        await propertyCheck(count: 500, input: TrickyText.text) { text in
            let cleaned = SafeText.cleaned(text)
            for scalar in cleaned.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)), "control U+\(String(scalar.value, radix: 16)) left in")
                #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value))
            }
        }
    }

    @Test("rendering any article at any size from 1×1 to 300×100 fills exactly the canvas with safe, aligned cells")
    func rendering() async {
        await propertyCheck(count: 150, input: TrickyText.paragraphs, Gen.int(in: 1...300), Gen.int(in: 1...100)) { paragraphs, width, height in
            let corpus = Corpus(documents: [ArticleDocument(file: "hostile.txt", metadata: ArticleMetadata(title: paragraphs[0]), paragraphs: paragraphs)])
            var state = AppState(corpus: corpus, width: width, height: height, colors: .extended)
            for action in [Action.nextQuote, .lineDown, .toggleSpeakers, .type("j"), .cancel, .toggleQuotes, .toggleHelp] {
                _ = reduce(&state, action)
                CanvasCheck.verify(ScreenRenderer.render(state), width: width, height: height)
            }
        }
    }
}

/// What every canvas must satisfy, whatever was drawn on it.
enum CanvasCheck {
    static func verify(_ canvas: Canvas, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(canvas.width == width && canvas.height == height && canvas.cells.count == width * height, sourceLocation: sourceLocation)
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation {
                    #expect(x > 0 && canvas[x - 1, y].width == 2, "continuation without a wide cell at \(x),\(y)", sourceLocation: sourceLocation)
                    continue
                }
                #expect(cell.width == 1 || (cell.width == 2 && x + 1 < canvas.width && canvas[x + 1, y].isContinuation),
                        "cell at \(x),\(y) of width \(cell.width) is not followed by its continuation", sourceLocation: sourceLocation)
                #expect(cell.text.unicodeScalars.allSatisfy { SafeText.replacement(for: $0) == nil }, "unsafe text at \(x),\(y)", sourceLocation: sourceLocation)
                #expect(DisplayWidth.of(cell.text) == Int(cell.width), "cell width disagrees at \(x),\(y)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// The canvas cases the property test found, kept as examples.
@Suite("Canvas edges")
struct CanvasEdgeTests {
    @Test("filling a rectangle that cuts a wide grapheme blanks its other half, on either edge")
    func fillCutsWideGrapheme() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.draw("東京東", x: 0, y: 0)
        canvas.fill(Rect(x: 1, y: 0, width: 2, height: 1))
        CanvasCheck.verify(canvas, width: 6, height: 1)
        #expect(canvas[0, 0].text == " " && canvas[3, 0].text == " " && canvas[4, 0].text == "東")
    }

    @Test("a wide grapheme that does not fit at the edge is not drawn, and control characters become pictures")
    func edgesAndControls() {
        var canvas = Canvas(width: 3, height: 1)
        let end = canvas.draw("a東京", x: 0, y: 0)
        #expect(end == 3)
        #expect(canvas[2, 0].isContinuation && canvas[1, 0].text == "東")
        canvas.draw("\u{1B}[", x: 0, y: 0)
        #expect(canvas[0, 0].text == "␛" && canvas[1, 0].text == "[" && canvas[2, 0].text == " ")
        CanvasCheck.verify(canvas, width: 3, height: 1)
    }
}
