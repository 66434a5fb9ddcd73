def load():
    try:
        return {}['config']
    except KeyError:
        raise RuntimeError('config missing')
def main():
    try:
        load()
    except RuntimeError as e:
        raise SystemError('startup failed') from e
main()
