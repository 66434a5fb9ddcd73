# int(str) under a handler of the same function: compiled code goes to the handler with the
# ValueError without throwing; what the handler and the traceback see must be the same.
import sys
import traceback


def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError as e:
            out.append(str(e))
    return out


for _ in range(200):
    parse_all(["1", "x"])
print(parse_all(["12", " 7 ", "1_000", "-3", "x1", "", "1.5", "٣", "0x10", "+5", "9" * 30]))

sys.set_int_max_str_digits(640)
print(parse_all(["1" * 700])[0][:60])
sys.set_int_max_str_digits(4300)


class S(str):
    pass


print(parse_all([S("42"), S("nope")]))


def wrong_handler(t):
    try:
        return int(t)
    except TypeError:
        return "type"


for _ in range(200):
    wrong_handler("5")
try:
    wrong_handler("five")
except ValueError as e:
    print("ValueError", e.args, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


def in_handler(t):
    try:
        raise KeyError("k")
    except KeyError:
        try:
            return int(t)
        except ValueError as e:
            return repr(e), repr(e.__context__), e.__traceback__.tb_lineno


for _ in range(200):
    in_handler("1")
print(in_handler("q"))


def with_finally(texts):
    log = []
    for t in texts:
        try:
            try:
                log.append(int(t))
            finally:
                log.append("f")
        except ValueError:
            log.append("v")
    return log


for _ in range(200):
    with_finally(["1"])
print(with_finally(["1", "z", "2"]))
