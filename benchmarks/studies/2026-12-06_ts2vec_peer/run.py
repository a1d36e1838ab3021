"""TS2Vec as a peer: its codes and the VQ-VAE's under both probes (linear, TS2Vec's RBF SVM), beside 1-NN and MiniRocket,
on four sets of the tuning suite, seed 0. Run from the repository root with one thread:

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_ts2vec_peer/run.py
"""
import json, sys, time
from pathlib import Path
import torch, ts2vec
from tsae.bench.suite import tuning_suite
from tsae.bench.quality import evaluate_set, run_stamp

SETS = ['cbf', 'GunPoint', 'ItalyPowerDemand', 'BasicMotions']
OUT = Path(__file__).parent

fits = []                                                    # TS2Vec.fit alone: seconds and iterations (evaluate_set times fit + encoding)
_fit = ts2vec.TS2Vec.fit
def timed_fit(self, *a, **kw):
    t = time.perf_counter(); r = _fit(self, *a, **kw); fits.append((time.perf_counter() - t, self.n_iters)); return r
ts2vec.TS2Vec.fit = timed_fit

rows, stamp = [], run_stamp()
for name, data in tuning_suite(SETS, seed=0).items():
    Xtr = data[0]
    shape = [len(Xtr), *(Xtr.shape[1:] if hasattr(Xtr, 'shape') else ('ragged',))]
    t = time.perf_counter()
    recs = evaluate_set(name, data, 0, models=('vqvae',), peers=('1-NN', 'MiniRocket', 'TS2Vec'))
    fit_s, iters = fits[-1]
    for r in recs:
        if r['task'] != 'probe': continue
        r.update(stamp, train_shape=shape, torch_threads=torch.get_num_threads())
        if r['method'] == 'TS2Vec': r.update(ts2vec_fit_seconds=round(fit_s, 2), ts2vec_iters=iters)
        rows.append(r)
    print(name, f'{time.perf_counter() - t:.0f} s', [(r['method'], round(r['accuracy'], 3), round(r.get('svm_accuracy', float('nan')), 3)) for r in recs if r['task'] == 'probe'], flush=True)
(OUT/'records.json').write_text(json.dumps(rows, indent=1))
