# The native scanner's paths: strings with and without escapes, ints up to and past 15
# digits, hooks that run Python (even a nested json.loads) between values, and errors.
import json
docs = ['{"a": [1, -0, 0, -12, 123456789012345, 1234567890123456, 99999999999999999999, 1.5, -2e-3, 1E5, true, false, null], "b\\u00e9\\n": "x\\"y", "": {}}',
        '"plain"', '"esc\\t\\u2603\\ud83d\\ude00 \\ud800 lone"', '[]', '[ 1 , 2 ]', '  {"k" : "v" }  ', '-Infinity', 'NaN', '[Infinity]']
for d in docs:
    print(repr(json.loads(d)))
print(json.loads('[1.25, 7]', parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s)))
print(json.loads('{"x": 1, "y": [2]}', object_pairs_hook=lambda p: ("P", p)))
print(json.loads('{"x": {"y": 3}}', object_hook=lambda d: sorted(d.items())))
nested = lambda s: json.loads('[' + s + ', "inner"]')
print(json.loads('[1.5, 2.5, "after"]', parse_float=nested))
from json.decoder import scanstring
print(scanstring('"abc" tail', 1), scanstring('x"a\\nb"', 2))
for bad in ['{"a" 1}', '[1,]', '"unterminated', '{"a": 1,}', '"bad \\x escape"', '"ctl \x01"', '[1 2]', '-', '01', '{1: 2}', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
print(json.loads('"ctl \x01"', strict=False) == "ctl \x01")
import sys
from json.decoder import scanstring
from json.scanner import make_scanner
scan = make_scanner(json.JSONDecoder())
for bad in (sys.maxsize + 1, -sys.maxsize - 2, 2**70):
    for f in (lambda i: scanstring('"x"', i), lambda i: scan('"x"', i)):
        try:
            f(bad)
        except (OverflowError, ValueError, StopIteration) as e:
            print(type(e).__name__, e)
for ok in (sys.maxsize, 2**62, 3, 1, -1):
    for f in (lambda i: scanstring('"x"', i), lambda i: scan('"x"', i)):
        try:
            print(f(ok))
        except (ValueError, StopIteration, json.JSONDecodeError) as e:
            print(type(e).__name__, e)
