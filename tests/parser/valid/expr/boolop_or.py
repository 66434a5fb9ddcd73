a or b or c
