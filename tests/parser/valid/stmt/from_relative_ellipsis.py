from .... import x
