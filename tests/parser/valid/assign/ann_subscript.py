d['k']: str
