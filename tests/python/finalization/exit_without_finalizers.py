# At exit with nothing left to finalise or call back, no collection needs to run, but
# gc.callbacks still hear of the last one, as in CPython.
import gc

gc.callbacks.append(lambda phase, info: print("gc", phase, info["collected"], info["uncollectable"]))
print("end")
