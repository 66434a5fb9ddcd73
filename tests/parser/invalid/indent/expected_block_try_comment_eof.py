try:
    # nothing here
