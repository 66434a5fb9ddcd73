# json through the _json accelerator: scanstring, the scanner, and string encoding.
import json
import json.decoder
import json.encoder
import json.scanner

print(json.decoder.scanstring.__module__, json.scanner.make_scanner.__name__)

docs = [
    '{"a": 1, "b": [1, 2.5, -3e2, 0, -0, 1E+2, 1e-2, true, false, null], "c": {"d": "e"}}',
    '  [ 1 , 2 ,3 ]  ',
    '"\\u00e9\\u2603\\ud83d\\ude00 \\n\\t\\"\\\\\\/\\b\\f\\r"',
    '"\\ud800 lone \\udc00 low \\ud800\\u0041"',
    '{"k": "v", "k": "w"}',
    '[]', '{}', '[{}]', '[[[]]]', '""', '"\U0001F600 astral"', '{"\U0001F600": ["\U0001F600"]}',
    '123456789012345678901234567890', '-1.5', '1.0e400', 'NaN', '-Infinity', 'Infinity', '[NaN, Infinity, -Infinity]',
    '0.1', '1.7976931348623157e308', '5e-324', '2.2250738585072014e-308',
]
for d in docs:
    print(repr(json.loads(d)))

bad = [
    '', ' ', '[', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
    '{1: 2}', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"abc\\', '"\\q"', '"\\u12"', '"\\u12x4"', '"\\u1234',
    '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"a\x01b"', '"a\nb"', 'nul', 'tru', 'fals', '-', '-a', '01', '1.', '1.e5',
    '1e', '1e+', '.5', '+1', 'Nan', '-Inf', '[1] x', '{"a": [1, {"b": }]}', '  \n  [\n1,\n\n', '"\U0001F600\\x"',
    '["\U0001F600", 1,]', '{"\U0001F600" 1}',
]
for d in bad:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)

print(json.loads('"a\x01b"', strict=False) == "a\x01b")
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN]', parse_constant=lambda c: "const " + c))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  {"x": null}', 2))
s = d.scan_once
print(type(s).__name__, s('[1]', 0), s('  7', 2))
for args in [('[1]', 3), ('x', 0), ('[1]', -1)]:
    try:
        print(s(*args))
    except StopIteration as e:
        print("StopIteration", e.value)
    except ValueError as e:
        print("ValueError", e)
try:
    s(b'[1]', 0)
except TypeError as e:
    print("TypeError", e)

sc = json.decoder.scanstring
for args in [('"abc"', 1), ('x"abc"', 2), ('abc"', 0), ('"x"', 5), ('"x"', -1), ('"a\\u00e9"', 1)]:
    try:
        print(sc(*args))
    except (ValueError, json.JSONDecodeError) as e:
        print(type(e).__name__, e)
print(sc('"a\x01"', 1, False))

strs = ["plain", 'q"uote', "back\\slash", "ctl\x00\x01\x1f\x7f", "\b\f\n\r\t", "é ☃", "\U0001F600", "\ud800 lone", "", "x" * 5]
for v in strs:
    print(json.encoder.encode_basestring_ascii(v), repr(json.encoder.encode_basestring(v)))
print(json.dumps(strs), json.dumps(strs, ensure_ascii=False) == json.dumps(strs, ensure_ascii=False))
print(json.dumps({"k": strs}, ensure_ascii=False, indent=1)[:60])
for bad_arg in (1, b"x", None):
    try:
        json.encoder.encode_basestring_ascii(bad_arg)
    except TypeError as e:
        print("TypeError", e)
doc = {"users": [{"id": i, "name": "n%d" % i, "tags": ["a", "é"], "score": i / 3} for i in range(20)]}
assert json.loads(json.dumps(doc)) == doc
assert json.loads(json.dumps(doc, ensure_ascii=False, indent=2)) == doc
print("roundtrip ok")
