"""A tmux pane as a test sees it: text rows with the SGR attributes of every character.

`capture-pane -p -e` prints each row with the escape sequences that set colours and attributes;
`Screen` replays them so a test can ask which text is reversed, bold or in a colour.
"""
import re
import subprocess
import time

SGR = re.compile(r"\x1b\[([0-9;:]*)m")


class Cell:
    __slots__ = ("char", "reverse", "bold", "underline", "fg")

    def __init__(self, char, state):
        self.char = char
        self.reverse, self.bold, self.underline, self.fg = state["reverse"], state["bold"], state["underline"], state["fg"]


class Screen:
    def __init__(self, raw):
        self.rows = []
        for line in raw.split("\n"):
            state = {"reverse": False, "bold": False, "underline": False, "fg": None}
            cells, pos = [], 0
            for match in SGR.finditer(line):
                cells += [Cell(c, state) for c in line[pos:match.start()]]
                apply_sgr(state, match.group(1))
                pos = match.end()
            cells += [Cell(c, state) for c in line[pos:]]
            self.rows.append(cells)

    def text(self, row):
        return "".join(c.char for c in self.rows[row]) if row < len(self.rows) else ""

    def lines(self):
        return [self.text(i) for i in range(len(self.rows))]

    def reversed_text(self, skip_last_rows=1):
        """The reversed characters of the body (the status line is reversed as a whole, so it is left out)."""
        body = self.rows[: max(0, len(self.rows) - skip_last_rows)] if skip_last_rows else self.rows
        return " ".join("".join(c.char for c in row if c.reverse) for row in body).split()

    def contains(self, words):
        return any(words in line for line in self.lines())


def apply_sgr(state, params):
    codes = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", params)] if params else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code == 0:
            state.update(reverse=False, bold=False, underline=False, fg=None)
        elif code == 1:
            state["bold"] = True
        elif code == 4:
            state["underline"] = True
        elif code == 7:
            state["reverse"] = True
        elif code == 22:
            state["bold"] = False
        elif code == 24:
            state["underline"] = False
        elif code == 27:
            state["reverse"] = False
        elif 30 <= code <= 37:
            state["fg"] = code - 30
        elif code == 39:
            state["fg"] = None
        elif code == 38 and i + 2 < len(codes) and codes[i + 1] == 5:
            state["fg"] = codes[i + 2]
            i += 2
        elif 90 <= code <= 97:
            state["fg"] = code - 90 + 8
        i += 1


class Tmux:
    """One detached tmux session with a shell, driven by keys and read back with capture-pane."""

    def __init__(self, name, width, height, cwd):
        self.name = name
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
        subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), "-c", cwd,
                        "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile"],
                       check=True)
        subprocess.run(["tmux", "set-option", "-t", name, "default-terminal", "xterm-256color"], capture_output=True)

    def keys(self, *keys, literal=False):
        subprocess.run(["tmux", "send-keys", "-t", self.name] + (["-l"] if literal else []) + list(keys), check=True)

    def type(self, text):
        self.keys(text, literal=True)

    def capture(self):
        raw = subprocess.run(["tmux", "capture-pane", "-p", "-e", "-t", self.name], capture_output=True, text=True, check=True).stdout
        return Screen(raw.rstrip("\n"))

    def wait_for(self, predicate, what, timeout=20.0):
        deadline = time.time() + timeout
        screen = self.capture()
        while time.time() < deadline:
            screen = self.capture()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n" + "\n".join(screen.lines()))

    def resize(self, width, height):
        subprocess.run(["tmux", "resize-window", "-t", self.name, "-x", str(width), "-y", str(height)], check=True)

    def close(self):
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)
