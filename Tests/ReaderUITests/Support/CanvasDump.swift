import ReaderUI

/// A canvas as readable text for snapshots: the characters, then a parallel grid of style letters
/// (`.` is the default style) and a legend saying what each letter means.
enum CanvasDump {
    static func dump(_ canvas: Canvas) -> String {
        var letters: [Style: Character] = [.plain: "."]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var text: [String] = []
        var styles: [String] = []
        for y in 0..<canvas.height {
            var line = ""
            var grid = ""
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation {
                    grid.append(grid.last ?? ".")
                    continue
                }
                line += cell.text
                let letter: Character
                if let known = letters[cell.style] {
                    letter = known
                } else {
                    letter = letters.count - 1 < alphabet.count ? alphabet[letters.count - 1] : "?"
                    letters[cell.style] = letter
                    legend.append("\(letter) = \(describe(cell.style))")
                }
                grid.append(letter)
            }
            text.append(trimmed(line, " "))
            styles.append(trimmed(grid, "."))
        }
        return (text + ["", "--- styles ---"] + styles + ["", "--- legend ---"] + legend).joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if let foreground = style.foreground { parts.append("fg \(foreground)") }
        if let background = style.background { parts.append("bg \(background)") }
        let names: [(Style.Attributes, String)] = [(.bold, "bold"), (.underline, "underline"), (.reverse, "reverse"), (.dim, "dim")]
        parts += names.filter { style.attributes.contains($0.0) }.map(\.1)
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    private static func trimmed(_ line: String, _ pad: Character) -> String {
        var line = line
        while line.last == pad { line.removeLast() }
        return line
    }
}
