print('start')
int.frm_bytes
print('not reached')
