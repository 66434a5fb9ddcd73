// Loads every native module so that each registers itself with the registry; the runtime
// imports this one file instead of knowing the list.

import "./builtins.js";
import "./sys.js";
import "./math.js";
import "./_codecs.js";
import "./_string.js";
import "./_weakref.js";
import "./itertools.js";
import "./_collections.js";
import "./errno.js";
import "./posix.js";
import "./time.js";
import "./atexit.js";
import "./gc.js";
import "./_thread.js";
import "./_signal.js";
import "./_locale.js";
import "./_contextvars.js";
import "./marshal.js";
import "./select.js";
import "./_io/_io.js";
import "./_operator.js";
import "./_hashlib.js";
import "./_random.js";
import "./_struct.js";
import "./binascii.js";
import "./zlib.js";
import "./_sre/module.js";
import "./unicodedata.js";
import "./_ast.js";
import "./_imp.js";
import "./cmath.js";
import "./array.js";
import "./_csv.js";
import "./_heapq.js";
import "./_bisect.js";
