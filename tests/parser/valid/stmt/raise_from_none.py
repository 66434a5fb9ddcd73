raise KeyError(k) from None
