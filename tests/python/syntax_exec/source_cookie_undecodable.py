# coding: ascii
# A byte the declared codec cannot decode: "encoding problem" too, when running a script.
x = "é"
print("never printed")
