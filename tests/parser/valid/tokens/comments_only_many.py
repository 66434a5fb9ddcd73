# one

   # indented comment
#two
