VALUE = 'deep value'
