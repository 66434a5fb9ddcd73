import sys
events = []
def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        a = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", repr(arg))
    elif event == "return":
        a = arg if isinstance(arg, (int, str, type(None))) else type(arg).__name__
    else:
        a = arg
    events.append((event, name, a))

def helper(xs):
    xs.append(len(xs))
    return sorted(xs)

def gen():
    yield 1
    yield from [2, 3]

def main():
    r = helper([3, 1])
    s = list(gen())
    try:
        int("x")
    except ValueError:
        pass
    return r, s

sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
