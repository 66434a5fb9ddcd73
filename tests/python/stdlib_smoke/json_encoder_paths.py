# The native encoder's paths: exact dicts and subclasses (their items(), sorted or not,
# pairs that are not 2-tuples), plain and escaped ASCII, astral text with and without
# ensure_ascii, non-str keys, skipkeys, default(), and circular references.
import json


class Items(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


class BadItems(dict):
    def items(self):
        return [["k", 1]]


doc = {
    "plain": "just ascii text",
    "quote": 'say "hi"\\now',
    "ctl": "tab\there\x01\x7f",
    "bmp": "caf\u00e9 \u2603",
    "astral": "smile \U0001F600 done",
    "lone": "\ud800x",
    1: "int key",
    2.5: "float key",
    True: "bool key",
    None: "none key",
    "nested": [{"b": 1, "a": [1.5, -0.0, 1e300, 10**20]}, (), [], {}],
}
for kw in ({}, {"ensure_ascii": False}, {"sort_keys": False, "separators": (",", ":")}):
    print(ascii(json.dumps(doc, **kw)))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps(Items(q=1)), json.dumps(Items(q=1), sort_keys=True))
try:
    json.dumps(BadItems(q=1))
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
for bad in (float("nan"), float("inf")):
    try:
        json.dumps([bad], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([float("nan"), float("-inf")]))
print(json.dumps("\U0001F600\u00e9", ensure_ascii=False) == '"\U0001F600\u00e9"')
print(len(json.dumps(["x" * 1000] * 100)))
