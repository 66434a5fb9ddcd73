# signal: SIGTERM
# Without a handler SIGTERM kills at once: no `finally`, no traceback.
try:
    print("ready", flush=True)
    while True:
        pass
finally:
    print("never printed")
