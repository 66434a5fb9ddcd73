3jx
