// The C side of the terminal backend: ncursesw's wide-character API, plus a static inline function
// for each macro or global Swift cannot import (see /work/shared/NCURSES.md). Only the
// CursesTerminal target imports this module.
#ifndef ATTACHE_CNCURSESW_SHIM_H
#define ATTACHE_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600; without this define the wide API
// (cchar_t, setcchar, wget_wch, mvwadd_wchnstr) is not declared.
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// glibc declares wcwidth only under _XOPEN_SOURCE, which the Glibc module was built without.
extern int wcwidth(wchar_t c);

/// The C library's display width of `c` in the current locale (-1 when not printable).
static inline int attache_wcwidth(wchar_t c) { return wcwidth(c); }

// Attributes: NCURSES_BITS macros.
static inline attr_t attache_a_normal(void) { return A_NORMAL; }
static inline attr_t attache_a_bold(void) { return A_BOLD; }
static inline attr_t attache_a_reverse(void) { return A_REVERSE; }
static inline attr_t attache_a_underline(void) { return A_UNDERLINE; }
static inline attr_t attache_a_dim(void) { return A_DIM; }

// Globals that Swift 6 rejects as shared mutable state; read on the ncurses thread only.
static inline WINDOW *attache_stdscr(void) { return stdscr; }
static inline int attache_colors(void) { return COLORS; }
static inline int attache_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *attache_stdout(void) { return stdout; }
static inline FILE *attache_stdin(void) { return stdin; }

static inline int attache_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int attache_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// Mouse masks: NCURSES_MOUSE_MASK macros.
static inline mmask_t attache_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t attache_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t attache_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t attache_button5_pressed(void) { return BUTTON5_PRESSED; }

// Key codes: KEY_F(n) is a function-like macro.
static inline int attache_key_f(int n) { return KEY_F(n); }

static inline int attache_ccharw_max(void) { return CCHARW_MAX; }

#endif
