import numpy as np, os.path as osp
