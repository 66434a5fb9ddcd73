x = r"abÿc"
