"""Seconds per optimizer step of VQVAE / BTVQVAE on `make_cbf(200, 500)`, one thread, for a few configurations.

    bash /work/split/slot.sh python benchmarks/vqvae_time.py --model vqvae --steps 30 --cfg 'base:' 'h32:hidden=32'
    bash /work/split/slot.sh python benchmarks/vqvae_time.py --model vqvae --full --cfg 'default:'   # a whole default fit
Writes benchmarks/results/vqvae_time.csv (appends)."""
import argparse, time, os, csv, ast
import numpy as np, torch
from tsae.data import make_cbf
from tsae.vqvae import VQVAE
from tsae.barlow import BTVQVAE

def parse(c):
    name, _, kv = c.partition(':')
    return name, {k: ast.literal_eval(v) for k, v in (p.split('=', 1) for p in kv.split(',') if p)}

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--model', default='vqvae'); ap.add_argument('--steps', type=int, default=30)
    ap.add_argument('--full', action='store_true', help='a fit with the default budget'); ap.add_argument('--cfg', nargs='+', default=['base:'])
    ap.add_argument('--out', default='benchmarks/results/vqvae_time.csv'); a = ap.parse_args()
    torch.set_num_threads(1)
    X, _ = make_cbf(200, 500, seed=0)
    cls = {'vqvae': VQVAE, 'btvqvae': BTVQVAE}[a.model]
    new = not os.path.exists(a.out)
    with open(a.out, 'a', newline='') as f:
        w = csv.writer(f)
        if new: w.writerow(['model', 'config', 'params', 'steps', 'seconds', 's_per_step', 'threads'])
        for c in a.cfg:
            name, kw = parse(c)
            est = cls(random_state=0, **({} if a.full else {'max_steps': a.steps}), **kw)
            t = time.perf_counter(); est.fit(X); t = time.perf_counter() - t
            steps = sum(1 for _ in range(1)) and (est.history_[-1].get('step') or None)
            n = int(a.steps if not a.full else (kw.get('max_steps') or cls._default_steps))
            row = [a.model, c, repr(kw), n, round(t, 2), round(t / n, 4), torch.get_num_threads()]
            w.writerow(row); f.flush(); print(*row, flush=True)
