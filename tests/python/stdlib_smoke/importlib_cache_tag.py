# sys.implementation.cache_tag is a string, so importlib can name cached-bytecode paths
# (test.support's forget() and others unlink them) even where no such file is written.
import importlib.util
import os
import sys

tag = sys.implementation.cache_tag
print(type(tag).__name__)
path = importlib.util.cache_from_source(os.path.join("pkg", "mod.py"))
print(path == os.path.join("pkg", "__pycache__", f"mod.{tag}.pyc"))
print(importlib.util.source_from_cache(path))
print(importlib.util.cache_from_source("x.py", optimization=2).endswith(".opt-2.pyc"))
