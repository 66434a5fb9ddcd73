b'''ab
cd'''
