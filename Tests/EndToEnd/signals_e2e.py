#!/usr/bin/env python3
"""The terminal is restored however the reader ends: q, Ctrl-C, SIGTERM, SIGHUP and a crash.

Usage: signals_e2e.py PATH-TO-attache
For each ending, in a fresh tmux shell: record `stty -g`, start the reader, wait for its first
screen, end it, then check the shell's screen is back, `stty -g` is identical, and the exit status
is the expected one. Fails (exit 1) when any of these does not hold.
"""
import os
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmux_screen import Tmux  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PIDFILE = "/tmp/attache-signals-e2e.pid"

# (name, extra environment, how to end it, expected exit statuses)
ENDINGS = [
    ("q", "", ("keys", "q"), {0}),
    ("Ctrl-C", "", ("keys", "C-c"), {0, 130}),
    ("SIGTERM", "", ("signal", "TERM"), {143}),
    ("SIGHUP", "", ("signal", "HUP"), {129}),
    ("a crash (ATTACHE_DEBUG_TRAP=1)", "env ATTACHE_DEBUG_TRAP=1 ", ("none", None), {132, 133, 134}),
]


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = []
    for number, (name, env, (how, what), statuses) in enumerate(ENDINGS):
        term = Tmux(f"attache-signals-{number}", 100, 30, ROOT)
        try:
            marker = f"BEFORE-{number}"
            term.type(f"stty -g > /tmp/attache-stty-before-{number}; echo {marker}")
            term.keys("Enter")
            term.wait_for(lambda s: sum(marker in l for l in s.lines()) >= 2, "the shell")
            # exec keeps the shell's child pid, so the pid file names the reader itself.
            command = f"sh -c 'echo $$ > {PIDFILE}; exec {env}{shlex.quote(binary)}'; echo STATUS=$?"
            term.type(command)
            term.keys("Enter")
            if how != "none":
                term.wait_for(lambda s: s.contains("Articles ("), "the reader's first screen")
            if how == "keys":
                term.keys(what)
            elif how == "signal":
                with open(PIDFILE) as f:
                    pid = int(f.read().strip())
                subprocess.run(["kill", f"-{what}", str(pid)], check=True)
            screen = term.wait_for(lambda s: any(l.startswith("STATUS=") for l in s.lines()), f"the shell after {name}")
            status = next(int(l.split("=")[1]) for l in screen.lines() if l.startswith("STATUS="))
            term.type(f"stty -g > /tmp/attache-stty-after-{number}; echo AFTER-{number}")
            term.keys("Enter")
            screen = term.wait_for(lambda s: sum(f"AFTER-{number}" in l for l in s.lines()) >= 2, "the shell prompt")
            with open(f"/tmp/attache-stty-before-{number}") as a, open(f"/tmp/attache-stty-after-{number}") as b:
                same = a.read() == b.read()
            restored = screen.contains(marker) and not screen.contains("Articles (")
            ok = same and restored and status in statuses
            print(f"{'ok  ' if ok else 'FAIL'} {name}: exit status {status} (expected {sorted(statuses)}), "
                  f"stty {'identical' if same else 'CHANGED'}, shell screen {'restored' if restored else 'NOT restored'}")
            if not ok:
                print("\n".join(screen.lines()))
                failures.append(name)
        except AssertionError as error:
            print(f"FAIL {name}: {error}")
            failures.append(name)
        finally:
            term.close()
    if failures:
        print(f"\n{len(failures)} ending(s) left the terminal wrong: {', '.join(failures)}")
        return 1
    print("\nsignals end-to-end: the terminal was restored after every ending")
    return 0


if __name__ == "__main__":
    sys.exit(main())
