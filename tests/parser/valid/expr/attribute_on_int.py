1 .real
