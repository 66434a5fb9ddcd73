with lock:
    pass
