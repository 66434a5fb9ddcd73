[k for k, v in d.items()]
