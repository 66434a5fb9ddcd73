# Patterns anchored at the start of the string (\A, ^ without MULTILINE) on a long
# string: search, split, findall, finditer and sub stop after the first attempt.
import re

s = "x" * 10**6
for p in (r"\Ay", r"^y", r"(?m)^y", r"\Ax"):
    print(p, re.search(p, s) is not None, len(re.split(p, s)), re.findall(p, s)[:1],
          len(list(re.finditer(p, s))), len(re.sub(p, "", s)))
for p in (r"^y", r"\A", r"^", r"(?m)^y"):
    print(p, re.compile(p).search("y\ny", 1), re.compile(p).search("y\ny", 0))
print(re.findall(r"^", "ab\nc"), re.sub(r"\A|b", "-", "abab"))
