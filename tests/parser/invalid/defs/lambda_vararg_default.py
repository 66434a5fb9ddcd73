h = lambda *a=(): a
