x = - if
