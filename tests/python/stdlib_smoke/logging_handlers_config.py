# logging in depth: logger hierarchy and propagation, levels and effective levels, custom
# formatters (%-style, {-style, $-style, exception and stack info), filters on loggers and
# handlers, LoggerAdapter, dictConfig, MemoryHandler, makeLogRecord, lastResort for
# handler-less loggers, and logging.exception/exc_info output through a StringIO.
import io
import logging
import logging.config
import logging.handlers
import re

stream = io.StringIO()
root = logging.getLogger()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
root.addHandler(h)
root.setLevel(logging.WARNING)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is root, logging.getLogger("app.db") is db)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), db.level)
app.setLevel(logging.DEBUG)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), app.getChild("db") is db)
db.debug("debug %s", "shown")
db.info("dict arg %(a)s", {"a": 1})
app.warning("plain")
db.propagate = False
db.error("dropped: no handler of its own")
db.propagate = True
print(logging.getLevelName(logging.ERROR), logging.getLevelName(15), logging.getLevelName("INFO"))
logging.addLevelName(15, "VERBOSE")
app.log(15, "custom level")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
try:
    app.setLevel("NOPE")
except ValueError as e:
    print("ValueError:", e)
app.setLevel("INFO")
print(app.level)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


app.addFilter(OnlyOdd())
for i in range(4):
    app.info("number %d", i)
app.filters.clear()
h.addFilter(logging.Filter("app.db"))
app.info("filtered out by handler (name)")
db.info("passes handler filter")
h.filters.clear()
h.addFilter(lambda r: setattr(r, "extra_field", "X") or True)
app.info("callable filter ran")
h.filters.clear()

h.setFormatter(logging.Formatter("{levelname:>8}:{name}:{message}", style="{"))
app.warning("brace style %s", "args")
h.setFormatter(logging.Formatter("$levelname/$name/$message", style="$"))
app.warning("dollar style")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s %(custom)s", defaults={"custom": "dflt"}))
app.warning("with default")
app.warning("with extra", extra={"custom": "given"})
try:
    app.warning("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
for bad in [("%(x", "%"), ("{x", "{"), ("no fields", "%"), ("$", "$")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
        print("ok", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("x", style="#")
except ValueError as e:
    print("ValueError:", e)

h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
try:
    {}["k"]
except KeyError:
    app.exception("boom")
    app.error("with exc_info", exc_info=True)
    app.warning("no exc_info")
app.info("stack", stack_info=True)


class Upper(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", kwargs


ad = Upper(app, {"user": "ann"})
ad.warning("adapted %d", 7)
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.name)

mem_target = logging.StreamHandler(stream)
mem_target.setFormatter(logging.Formatter("MEM %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mem)
ml.warning("one")
ml.warning("two")
print("buffered", len(mem.buffer))
ml.warning("three")
print("after capacity", len(mem.buffer))
ml.warning("four")
ml.error("flush now")
mem.close()

rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 30, "name": "made"})
print(rec.getMessage(), rec.levelname, rec.name, rec.lineno, rec.exc_info)
print(repr(rec).startswith("<LogRecord: made, 30,"))
print(repr(app), repr(root), repr(h).split(" ")[0])

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "CFG %(name)s %(levelname)s %(message)s"}},
    "handlers": {"s": {"class": "logging.StreamHandler", "formatter": "short",
                       "level": "INFO", "stream": "ext://sys.stdout"}},
    "loggers": {"cfg": {"handlers": ["s"], "level": "DEBUG", "propagate": False}},
})
cfg = logging.getLogger("cfg")
cfg.debug("below handler level")
cfg.info("configured")
logging.getLogger("cfg.child").warning("child of configured")
try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}})
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])

print(stream.getvalue().replace(__file__, "FILE"), end="")
