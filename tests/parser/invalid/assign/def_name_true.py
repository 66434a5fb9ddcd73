def True(): pass
