/// The help box, written from the keymap itself so it always tells the keys that really work.
enum HelpOverlay {
    static let lines: [(keys: String, help: String)] = {
        var lines: [(String, String)] = [("", "Keys (Esc, q or ? closes)")]
        for binding in DefaultKeymap.bindings {
            if let help = binding.action.help { lines.append((binding.label, help)) }
        }
        lines.append(("", ""))
        lines.append(("", "While typing a search or a speaker"))
        for binding in DefaultKeymap.editingBindings {
            if let help = binding.action.help { lines.append((binding.label, help)) } else { lines.append((binding.label, "Delete a character")) }
        }
        lines.append(("", ""))
        lines.append(("", "Quotes take their speaker's colour, partial quotes a lighter one; grey quotes"))
        lines.append(("", "are terms or have no known speaker. Mentions of a speaker are underlined."))
        lines.append(("", "Mouse: the wheel scrolls, a click selects."))
        return lines
    }()

    static var lineCount: Int { lines.count }

    static func render(_ state: AppState, on canvas: inout Canvas) {
        let theme = state.theme
        let width = min(84, canvas.width - 2)
        let height = min(lines.count + 2, canvas.height - 2)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: (canvas.width - width) / 2, y: (canvas.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        canvas.draw("┌" + String(repeating: "─", count: width - 2) + "┐", x: box.x, y: box.y, style: theme.separator)
        canvas.draw("└" + String(repeating: "─", count: width - 2) + "┘", x: box.x, y: box.maxY - 1, style: theme.separator)
        for y in (box.y + 1)..<(box.maxY - 1) {
            canvas.draw("│", x: box.x, y: y, style: theme.separator)
            canvas.draw("│", x: box.maxX - 1, y: y, style: theme.separator)
        }
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        if lines.count > inner.height {
            let more = state.helpScroll + inner.height < lines.count ? " j/k scroll, more below " : " j/k scroll "
            canvas.draw(more, x: box.maxX - DisplayWidth.of(more) - 2, y: box.maxY - 1, style: theme.separator)
        }
        let keyWidth = min(18, inner.width / 3)
        for row in 0..<inner.height {
            let index = state.helpScroll + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = inner.y + row
            if line.keys.isEmpty {
                canvas.draw(line.help, x: inner.x, y: y, style: theme.title, clip: inner)
            } else {
                canvas.draw(TextFit.padded(line.keys, width: keyWidth), x: inner.x, y: y, style: theme.paneTitle.adding([]), clip: inner)
                canvas.draw(line.help, x: inner.x + keyWidth + 1, y: y, style: .plain, clip: inner)
            }
        }
    }
}
