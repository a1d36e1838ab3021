"""The price of the time branch: one default fit of 200 series of 500 steps (`make_cbf(200, 500, seed=0)`, as
`benchmarks/speed/`), with and without `time_branch`, on one thread, nothing else running. Writes `speed.json`.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_time_branch/speed.py
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import time_default_fits

VARIANTS = {'shipped': dict(time_branch=False), 'time': dict(time_branch=True, time_hidden=32, time_stride=1)}

if __name__ == '__main__': time_default_fits(VARIANTS, Path(__file__).with_name('speed.json'))
