# Ctrl-C inside a generator's loop: the traceback runs through the generator's frame.
def numbers():
    i = 0
    while True:
        i += 1
        if i % 1000 == 0:
            yield i


def main():
    print("ready", flush=True)
    try:
        for _ in numbers():
            pass
    except KeyboardInterrupt:
        print("caught in main")
        raise


main()
