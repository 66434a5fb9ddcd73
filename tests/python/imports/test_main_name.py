import _helper_mod
print(__name__, _helper_mod.__name__, _helper_mod.was_main)
if __name__ == '__main__':
    print('running as main')
