'say "hi"', "it's"
