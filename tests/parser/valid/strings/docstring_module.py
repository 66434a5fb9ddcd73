'''Module docstring.'''
import os
