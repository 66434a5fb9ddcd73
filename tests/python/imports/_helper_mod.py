was_main = __name__ == '__main__'
