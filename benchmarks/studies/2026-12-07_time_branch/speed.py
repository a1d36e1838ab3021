"""The price of the time branch: one default fit of 200 series of 500 steps (`make_cbf(200, 500, seed=0)`, as
`benchmarks/speed/`), with and without `time_branch`, on one thread, nothing else running. Writes `speed.json`.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_time_branch/speed.py
"""
import json, os, platform, time, warnings
from pathlib import Path
import torch
from tsae.barlow import BTVQVAE
from tsae.synth import make_cbf

def main():
    torch.set_num_threads(1); X = make_cbf(200, 500, seed=0)[0]; out = {}
    for name, kw in (('shipped', {}), ('time', dict(time_branch=True))):
        t = time.perf_counter()
        with warnings.catch_warnings(): warnings.simplefilter('ignore'); BTVQVAE(random_state=0, **kw).fit(X)
        out[name] = round(time.perf_counter() - t, 1); print(name, out[name], 's', flush=True)
    out.update(n_series=200, length=500, threads=1, cpu_count=os.cpu_count(), machine=platform.processor() or platform.machine(), torch_version=torch.__version__)
    p = Path(__file__).with_name('speed.json'); tmp = p.with_suffix('.tmp'); tmp.write_text(json.dumps(out, indent=1) + '\n'); tmp.replace(p)

if __name__ == '__main__': main()
