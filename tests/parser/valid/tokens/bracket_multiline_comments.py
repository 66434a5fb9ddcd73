x = [  # first
    1,  # one
    # standalone
    2,
]
