lambda ,: 0
