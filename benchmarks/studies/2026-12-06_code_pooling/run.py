"""Which summary of BT-VQ-VAE's encoder output should a probe read?

`BTVQVAE.transform` returns the encoder output before quantization, flattened: `latent_dim x n_freq x n_frames'`
numbers, each tied to a place in time. The Barlow Twins term is computed on that output averaged over time
(`BTVQVAENet.pooled`), and TS2Vec (Yue et al. 2022) max-pools its per-step codes over time. On sets whose classes
differ in what happens rather than when (a shapelet anywhere, the direction of a chirp, a frequency band), a linear
probe on a grid tied to time may have to learn the same pattern at every place.

For each set of the grown suite, one `BTVQVAE(random_state=seed)` with its defaults is fitted on the training split
(the configuration of the `btvqvae` rows of `../2026-12-06_probe_suite/`), and the encoder output `z_e`
`(n, latent_dim, n_freq, n_frames')` of both splits is summarised as

- `flat`: `z_e` flattened (what `transform` returns);
- `mean`: averaged over the frames `(n, latent_dim * n_freq)` (what the Barlow Twins term sees);
- `max`: the maximum over the frames;
- `meanmax`: both;
- `flat_meanmax`: `flat`, `mean` and `max` side by side;
- `pyr2`: `mean` and the means over each half of the frames (a pyramid of two levels, which keeps a coarse order in
  time: a chirp up from a chirp down);
- `pyr4`: `pyr2` and the means over each quarter of the frames;

each probed by `tsae.bench.peers.linear_probe` (`linear`) and `svm_probe` (`svm`, TS2Vec's RBF SVM). One row per set x
summary x seed, appended to `results.csv`; sets already there are skipped.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_code_pooling/run.py [--sets ...] [--seeds 0]

The same for the plain `VQVAE` with its defaults (rows in `results_vqvae.csv`):

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_code_pooling/run.py --model vqvae

and for `BTVQVAE(bt_weight=0)`, the same network without the Barlow Twins term (rows in `results_btplain.csv`):

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_code_pooling/run.py --model btplain
"""
import argparse, csv, functools, sys, time, warnings
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows, encoder_grid, time_summaries
from sklearn.metrics import accuracy_score
from tsae.estimator import takes_lengths
from tsae.barlow import BTVQVAE
from tsae.vqvae import VQVAE
from tsae.bench.suite import SUITE, tuning_suite
from tsae.bench.peers import equalize, linear_probe, svm_probe

OUT = Path(__file__).with_name('results.csv')
MODELS = {'btvqvae': (functools.partial(BTVQVAE, time_branch=False), OUT),   # the defaults of this study's date: no time branch
          'vqvae': (VQVAE, Path(__file__).with_name('results_vqvae.csv')),
          'btplain': (functools.partial(BTVQVAE, bt_weight=0.), Path(__file__).with_name('results_btplain.csv'))}   # the same network without the Barlow Twins term

def summaries(est, X) -> dict:
    "Each summary of the encoder output of `X`, `(n, d)` float32 (`benchmarks.common.time_summaries`)"
    return time_summaries(encoder_grid(est, X))

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=list(SUITE)); ap.add_argument('--seeds', nargs='+', type=int, default=[0])
    ap.add_argument('--model', default='btvqvae', choices=list(MODELS)); a = ap.parse_args()
    cls, out = MODELS[a.model]; done = set()
    if out.exists():
        with open(out) as f: done = {(r['set'], int(r['seed'])) for r in csv.DictReader(f)}
    for name in a.sets:
        for seed in a.seeds:
            if (name, seed) in done: continue
            Xtr, ytr, Xte, yte = tuning_suite([name])[name]
            if not takes_lengths(BTVQVAE if a.model in ('btvqvae', 'btplain') else cls): Xtr = equalize(Xtr); Xte = equalize(Xte, Xtr.shape[1])
            t = time.perf_counter(); est = cls(random_state=seed)
            with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(Xtr)
            secs = time.perf_counter() - t
            A, B = summaries(est, Xtr), summaries(est, Xte)
            assert np.allclose(A['flat'], np.asarray(est.set_params(pool=None, series_stats=False).transform(Xtr)).reshape(len(A['flat']), -1), atol=1e-5)   # every frame, as transform gives it
            rows = [dict(set=name, seed=seed, summary=k, dims=A[k].shape[1], linear=round(accuracy_score(yte, linear_probe(A[k], ytr, B[k], seed)), 4),
                         svm=round(accuracy_score(yte, svm_probe(A[k], ytr, B[k], seed)), 4), fit_seconds=round(secs, 1)) for k in A]
            append_rows(out, rows)
            print(name, seed, {r['summary']: (r['linear'], r['svm']) for r in rows}, flush=True)

if __name__ == '__main__': main()
