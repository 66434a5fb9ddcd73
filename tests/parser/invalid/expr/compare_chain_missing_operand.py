a < b <
