if a:
    for b in c:
        while d:
            with e:
                try:
                    pass
                finally:
                    pass
