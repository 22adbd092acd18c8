/*
 * Accessors that make ncursesw usable from Swift 6.
 *
 * Swift cannot see C macros with arguments or non-literal values, and in Swift 6 mode it
 * refuses to read C globals such as stdscr, LINES and COLS ("not concurrency-safe").
 * Each of those gets a static inline function here. No logic lives in this file.
 */
#ifndef MMPREP_CNCURSESW_SHIM_H
#define MMPREP_CNCURSESW_SHIM_H

/* SwiftPM does not pass -D_XOPEN_SOURCE, so the wide API must be requested explicitly. */
#define NCURSES_WIDECHAR 1

#include <curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>

/*
 * From <term.h>, which is not included because its capability macros (lines, columns, bell...)
 * would leak into everything that imports this module. Used to probe a terminfo entry without
 * newterm: a second newterm after delscreen leaves ncurses' SIGTSTP handler uninstalled.
 */
struct term;
extern int setupterm(const char *term, int filedes, int *errret);
extern struct term *set_curterm(struct term *term);
extern int del_curterm(struct term *term);

/* glibc declares wcwidth only under _XOPEN_SOURCE; repeat the standard prototype. */
extern int wcwidth(wchar_t c);

/* Globals. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *nc_stdout(void) { return stdout; }
static inline FILE *nc_stdin(void) { return stdin; }

/* Function-like macros. */
static inline void nc_getmaxyx(WINDOW *win, int *y, int *x) { getmaxyx(win, *y, *x); }
static inline int nc_key_f(int n) { return KEY_F(n); }
static inline int nc_wcwidth(wchar_t c) { return wcwidth(c); }

/* Terminfo capability lookups return (char *)-1 for "not a string capability". */
static inline int nc_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

/* Attributes (computed macros). */
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_standout(void) { return A_STANDOUT; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }

/* Wide box characters; valid only after newterm. */
static inline const cchar_t *nc_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *nc_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *nc_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *nc_wacs_lrcorner(void) { return WACS_LRCORNER; }
static inline const cchar_t *nc_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *nc_wacs_vline(void) { return WACS_VLINE; }

#endif /* MMPREP_CNCURSESW_SHIM_H */
