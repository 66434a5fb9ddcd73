obj.ñame(ünïcode=1)
