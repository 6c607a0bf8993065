#!/usr/bin/env python3
"""The reader in a real terminal (tmux): open the seed, jump quotes, filter by a speaker, resize, quit.

Usage: reader_e2e.py PATH-TO-attache   (run from anywhere; the bundled articles are read)
Fails (exit 1, with the screen printed) when any step does not hold.
"""
import os
import re
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmux_screen import Tmux  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SEED_TITLE = "De Amerikaanse minister"


def status(screen):
    return screen.lines()[-1] if screen.lines() else ""


def main():
    binary = os.path.abspath(sys.argv[1])
    term = Tmux("attache-e2e", 100, 30, ROOT)
    failures = []

    def check(condition, what, screen):
        if condition:
            print(f"ok   {what}")
        else:
            print(f"FAIL {what}\n" + "\n".join(screen.lines()))
            failures.append(what)

    try:
        term.type("stty -g > /tmp/attache-e2e-stty-before; echo SHELL-BEFORE-READER")
        term.keys("Enter")
        term.wait_for(lambda s: s.contains("SHELL-BEFORE-READER\n") or sum("SHELL-BEFORE-READER" in l for l in s.lines()) >= 2, "the shell")
        term.type(shlex.quote(binary))
        term.keys("Enter")
        screen = term.wait_for(lambda s: s.contains("attache") and s.contains("Articles ("), "the reader's first screen")

        # Open the seed: walk down the list until the selected (reversed) row is the seed's.
        term.keys("g")
        for _ in range(40):
            time.sleep(0.1)
            if any("De Amerikaanse" in "".join(c.char for c in row if c.reverse) for row in term.capture().rows[2:-1]):
                break
            term.keys("j")
        term.keys("Enter")
        screen = term.wait_for(lambda s: "quote –/9" in status(s), "the seed opened, no quote selected")
        check(any(SEED_TITLE in line for line in screen.lines()[1:4]), "the seed's title is at the top of the article pane", screen)

        for _ in range(3):
            term.keys("n")
        screen = term.wait_for(lambda s: "quote 3/9" in status(s), "the third quote")
        reversed_words = " ".join(screen.reversed_text())
        check("les uit het recente verleden" in reversed_words, "the third quote is the reversed text", screen)
        check("Antony Blinken" in status(screen), "the status line names Antony Blinken", screen)

        # Filter by Blinken: his quotes only.
        term.keys("s")
        term.wait_for(lambda s: s.contains("Speaker:"), "the speaker picker")
        term.type("blinken")
        term.keys("Enter")
        screen = term.wait_for(lambda s: "speaker: Antony Blinken" in s.text(0), "the filter in the header")
        check(s_contains_all(screen, ["Articles of Antony Blinken"]), "the list shows only Blinken's articles", screen)
        found = re.search(r"(\d+) quotes in (\d+) articles", status(screen))
        check(found is not None, "the filter says how many quotes it keeps", screen)
        expected = int(found.group(1)) if found else 0
        # From the top of his list, n must visit exactly his quotes, each naming him, then stop.
        term.keys("g")
        term.keys("Enter")
        term.wait_for(lambda s: "quote –/" in status(s), "the first of his articles opened")
        visited = 0
        for _ in range(expected + 2):
            term.keys("n")
            time.sleep(0.15)
            screen = term.capture()
            line = status(screen)
            if "No more quotes" in line:
                break
            visited += 1
            check("Antony Blinken" in line and "quote " in line, f"n #{visited} visits a quote of Blinken", screen)
        check(visited == expected and "No more quotes of Antony Blinken" in status(screen),
              f"n visited his {expected} quotes ({visited}) and then said there were no more", screen)

        # Resize to 60×20 and back: one pane, then two again, the place kept.
        before = status(term.capture())
        term.resize(60, 20)
        screen = term.wait_for(lambda s: len(s.lines()) == 20 and "speaker: Antony Blinken" in s.text(0), "the 60×20 screen")
        check(all(len(line) <= 60 for line in screen.lines()), "nothing is drawn past 60 columns", screen)
        term.resize(100, 30)
        screen = term.wait_for(lambda s: len(s.lines()) == 30 and "Articles of Antony Blinken" in s.text(1), "the 100×30 screen again")
        check(status(screen).split("·")[0:2] == before.split("·")[0:2], "the same article and quote after resizing", screen)

        # Quit: the shell's screen comes back and the tty settings are as they were.
        term.keys("q")
        term.type("stty -g > /tmp/attache-e2e-stty-after; echo SHELL-AFTER-READER")
        term.keys("Enter")
        screen = term.wait_for(lambda s: sum("SHELL-AFTER-READER" in l for l in s.lines()) >= 2, "the shell after quitting")
        check(s_contains_all(screen, ["SHELL-BEFORE-READER"]) and not screen.contains("Articles ("),
              "the shell's screen is restored (no reader left on it)", screen)
        with open("/tmp/attache-e2e-stty-before") as a, open("/tmp/attache-e2e-stty-after") as b:
            check(a.read() == b.read(), "stty -g is the same before and after", screen)
        # Articles piped on standard input: the reader still takes its keys from the terminal.
        seed = os.path.join(ROOT, "assets", "articles", "nl-2022-01-blinken-kazachstan.txt")
        term.type(f"cat {shlex.quote(seed)} | {shlex.quote(binary)} -")
        term.keys("Enter")
        term.wait_for(lambda s: "quote –/9" in status(s), "the piped seed opened")
        term.keys("n")
        screen = term.wait_for(lambda s: "quote 1/9" in status(s), "n on the piped seed")
        check("Antony Blinken" in status(screen), "keys reach the reader when the articles come on stdin", screen)
        term.keys("q")
        term.type("echo PIPED-DONE")
        term.keys("Enter")
        screen = term.wait_for(lambda s: sum("PIPED-DONE" in l for l in s.lines()) >= 2, "the shell after the piped reader")
        check(not screen.contains("Articles ("), "the shell's screen is restored after the piped reader", screen)
    except AssertionError as error:
        print(f"FAIL {error}")
        failures.append(str(error).split(";")[0])
    finally:
        term.close()
    if failures:
        print(f"\n{len(failures)} check(s) failed")
        return 1
    print("\nreader end-to-end: all checks passed")
    return 0


def s_contains_all(screen, words):
    return all(screen.contains(w) for w in words)


if __name__ == "__main__":
    sys.exit(main())
