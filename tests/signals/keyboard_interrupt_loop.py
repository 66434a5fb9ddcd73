# Ctrl-C in a busy module-level loop: KeyboardInterrupt, `finally` runs, death by SIGINT.
try:
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
finally:
    print("finally ran")
