"a" "b" b"c"
