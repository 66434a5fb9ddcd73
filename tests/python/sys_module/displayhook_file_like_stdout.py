# sys.displayhook writes the repr through whatever sys.stdout is (doctest swaps in its
# own file-like object), and sets builtins._.
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

cap = Capture()
old = sys.stdout
sys.stdout = cap
exec(compile("2 + 2", "<x>", "single"))
sys.displayhook("text")
sys.displayhook(None)
sys.stdout = old
print(cap.parts, _)
sys.stdout = None
try:
    sys.displayhook(1)
except RuntimeError as e:
    sys.stdout = old
    print("RuntimeError:", e)
