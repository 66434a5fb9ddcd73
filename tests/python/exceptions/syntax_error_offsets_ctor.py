# SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)): the caret
# range as print_error_text draws it, and the constructor's argument checks.
import sys

for args in [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, -2),
             ("bad.py", 1, 4, "abcdefg", 1, 2), ("bad.py", 1, 2, "abcdefg", 1, 100),
             ("bad.py", 1, 0, "abcdefg", 1, 5), ("bad.py", 1, -4, "abcdefg", 1, -2)]:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        sys.__excepthook__(*sys.exc_info())

for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", args)
    except TypeError as e:
        print("TypeError:", e)
