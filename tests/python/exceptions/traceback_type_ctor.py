# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) and the tb_next setter's checks.
import sys, types

def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__

other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 1, 2)
print(tb.tb_next)
tb = types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=4, tb_lineno=7)
print(tb.tb_lasti, tb.tb_lineno)
for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "nuh-uh"),
             (other, frame, 1), (other, frame, 2**31, 1)]:
    try:
        types.TracebackType(*args)
    except Exception as e:
        print(type(e).__name__, e)

tb = get_tb()
for action in ["del", "str", "self", "loop"]:
    try:
        if action == "del":
            del tb.tb_next
        elif action == "str":
            tb.tb_next = "asdf"
        elif action == "self":
            tb.tb_next = tb
        else:
            t2 = types.TracebackType(None, frame, 0, 1)
            tb.tb_next = t2
            t2.tb_next = tb
    except Exception as e:
        print(action, type(e).__name__, e)
tb.tb_next = None
print(tb.tb_next)
