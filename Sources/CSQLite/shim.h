// The system's SQLite (pkg-config sqlite3, Debian's libsqlite3-dev), for `claimline export --sqlite`.
#include <sqlite3.h>
