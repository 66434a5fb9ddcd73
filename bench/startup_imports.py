# bench-group: startup
# bench-kind: startup
# bench-expect-stdout: imports ok 12
"""Start-up with a typical script's imports."""
import collections
import copy
import difflib
import email.parser
import functools
import io
import json
import logging
import os
import re
import string
import textwrap

modules = [collections, copy, difflib, email.parser, functools, io, json, logging, os, re, string, textwrap]
print("imports ok %d" % len(modules))
