// Plain C entry points over ICU. ICU renames its functions per version with
// macros (ubrk_open is ubrk_open_72), which Swift cannot import, so these
// wrappers are the only ICU surface the Swift code sees.
#ifndef CICU_H
#define CICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Length of the prefix of `s` that is certainly in NFKC already.
/// Returns -1 when ICU reports an error.
int32_t cicu_nfkc_span_quick_check_yes(const uint16_t *s, int32_t length);

/// 1 when NFKC never changes text across a boundary before `c`.
int32_t cicu_nfkc_has_boundary_before(int32_t c);

/// NFKC of `src` into `dst`. Returns the length written, or the negated
/// length needed when `capacity` is too small, or INT32_MIN on other errors.
int32_t cicu_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/// Sentence boundaries of `text` from ICU's sentence BreakIterator with the
/// English abbreviation suppressions (locale "en@ss=standard"). Writes the
/// UTF-16 offsets of every boundary after 0 (the last is `length`) into `out`
/// and returns how many there are (may exceed `capacity`: call again), or -1
/// on error. The iterator is opened once per thread and reused.
int32_t cicu_sentence_breaks(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity);

/// Same, without the abbreviation suppressions: ICU's bare rules.
int32_t cicu_sentence_breaks_plain(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity);

/// The abbreviations ICU's sentence-break suppression filter knows for
/// `locale` (its "exceptions/SentenceBreak" data, e.g. "Mr.", "U.S."), as
/// UTF-16 strings each ended by a 0 unit, written into `out`. Returns the
/// number of units needed (call again when it exceeds `capacity`), or -1
/// when ICU has no such data.
int32_t cicu_sentence_exceptions(const char *locale, uint16_t *out, int32_t capacity);

/// The ICU version string, e.g. "72.1".
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif
#endif
