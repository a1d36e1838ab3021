"""Time of a `DVESOM` fit with the defaults (the step budget) on `make_cbf(200, 500)`: 200 series of 500 points, one thread.

    OMP_NUM_THREADS=1 python benchmarks/dvesom_time.py    # writes benchmarks/results/dvesom_time.json
"""
import json, time, torch
from pathlib import Path
from tsae.data import make_cbf
from tsae.dvesom import DVESOM

if __name__ == '__main__':
    torch.set_num_threads(1)
    X, y = make_cbf(200, 500, seed=0)
    t = time.perf_counter(); m = DVESOM(n_clusters=3, random_state=0).fit(X); sec = time.perf_counter() - t
    out = {'n': 200, 'length': 500, 'seconds': round(sec, 1), 'steps': m.history_[-1]['step'], 'patch': m.module_.patch,
           'threads': torch.get_num_threads(), 'torch': torch.__version__}
    Path(__file__).parent.joinpath('results', 'dvesom_time.json').write_text(json.dumps(out, indent=1)); print(out)
