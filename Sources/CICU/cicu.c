#include "cicu.h"
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>
#include <unicode/ures.h>
#include <limits.h>
#include <stdio.h>

static const UNormalizer2 *nfkc(void) {
    static _Thread_local const UNormalizer2 *n = NULL;
    if (!n) {
        UErrorCode status = U_ZERO_ERROR;
        n = unorm2_getNFKCInstance(&status);
        if (U_FAILURE(status)) n = NULL;
    }
    return n;
}

int32_t cicu_nfkc_span_quick_check_yes(const uint16_t *s, int32_t length) {
    const UNormalizer2 *n = nfkc();
    if (!n) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t r = unorm2_spanQuickCheckYes(n, (const UChar *)s, length, &status);
    return U_FAILURE(status) ? -1 : r;
}

int32_t cicu_nfkc_has_boundary_before(int32_t c) {
    const UNormalizer2 *n = nfkc();
    return n ? (int32_t)unorm2_hasBoundaryBefore(n, (UChar32)c) : 1;
}

int32_t cicu_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
    const UNormalizer2 *n = nfkc();
    if (!n) return INT32_MIN;
    UErrorCode status = U_ZERO_ERROR;
    int32_t r = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -r;
    return U_FAILURE(status) ? INT32_MIN : r;
}

static int32_t breaks(UBreakIterator *bi, const uint16_t *text, int32_t length, int32_t *out, int32_t capacity) {
    if (!bi) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (count < capacity) out[count] = b;
        count++;
    }
    // Drop the reference to the caller's buffer.
    ubrk_setText(bi, (const UChar *)u"", 0, &status);
    return count;
}

static UBreakIterator *open_sentence(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    return U_FAILURE(status) ? NULL : bi;
}

int32_t cicu_sentence_breaks(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity) {
    static _Thread_local UBreakIterator *bi = NULL;
    if (!bi) bi = open_sentence("en@ss=standard");
    return breaks(bi, text, length, out, capacity);
}

int32_t cicu_sentence_breaks_plain(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity) {
    static _Thread_local UBreakIterator *bi = NULL;
    if (!bi) bi = open_sentence("en");
    return breaks(bi, text, length, out, capacity);
}

int32_t cicu_sentence_exceptions(const char *locale, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME "-brkitr", locale, &status);
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *list = ures_getByKey(exceptions, "SentenceBreak", NULL, &status);
    int32_t needed = -1;
    if (U_SUCCESS(status)) {
        needed = 0;
        int32_t n = ures_getSize(list);
        for (int32_t i = 0; i < n && U_SUCCESS(status); i++) {
            int32_t len = 0;
            const UChar *s = ures_getStringByIndex(list, i, &len, &status);
            if (U_FAILURE(status)) break;
            for (int32_t k = 0; k <= len; k++) {
                if (needed < capacity) out[needed] = k < len ? s[k] : 0;
                needed++;
            }
        }
        if (U_FAILURE(status)) needed = -1;
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}

const char *cicu_version(void) {
    static char buf[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, buf);
    return buf;
}
