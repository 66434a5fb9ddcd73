raise RuntimeError from err
