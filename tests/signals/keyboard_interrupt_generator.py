# Ctrl-C inside a running generator: the traceback runs through the generator's frame.
def numbers():
    yield 1
    i = 0
    print("ready", flush=True)
    while True:
        i += 1


def main():
    try:
        for _ in numbers():
            pass
    except KeyboardInterrupt:
        print("caught in main")
        raise


main()
