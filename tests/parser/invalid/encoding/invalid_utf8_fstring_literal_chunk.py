x = f"abÿ{1}"
