__all__ = ['public_a', 'public_b']
public_a = 'A'
public_b = 'B'
_private = 'p'
not_exported = 'n'
