// libxml2 as the ingest stage uses it. Debian builds libxml2 with ICU, which
// makes its encoding header include ICU's C headers; those clash with the ICU
// copy inside Foundation, so the ICU part (encoding-handler internals we never
// touch) is left out of this module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
