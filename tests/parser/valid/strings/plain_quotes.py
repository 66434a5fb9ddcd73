'single', "double"
