class E(Exception):
    def __str__(self):
        return 'custom message from __str__'
raise E('ignored')
