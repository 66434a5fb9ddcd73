"abc\u12"
