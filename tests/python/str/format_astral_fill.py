# An astral fill character in a number's format spec: the result counts it as one character.
print(ascii(format(-0., "🖤>z6.1f")), ascii(format(1.5, "🖤^7")), ascii(format(12, "🖤<5d")), ascii(format("ab", "🖤^6")))
print(ascii(format(3+4j, "🖤>10")), ascii(f"{-0.:🖤>z6.1f}"), ascii("{:🖤>5}".format(7)))
