'''one
two
  three'''
