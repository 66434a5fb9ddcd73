x = rb'ç'
