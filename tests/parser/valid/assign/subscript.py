d['k'] = v
