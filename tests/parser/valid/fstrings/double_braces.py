f'{{literal}} {x} }}'
