import textwrap
para = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt '
        'ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.')
for width in (20, 35, 50):
    print(f'--- {width}')
    print(textwrap.fill(para, width, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('a\tb', 10, expand_tabs=True, tabsize=4))
