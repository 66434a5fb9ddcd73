{}: int
