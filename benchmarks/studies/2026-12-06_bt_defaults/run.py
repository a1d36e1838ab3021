"""BTVQVAE's augmentations chosen on the tuning suite: each configuration fitted with the default budget (500 steps) on
every set, scored by the quality benchmark's linear probe (and k-means NMI) on the codes of `transform`; `plain` is the
same network without the Barlow Twins term (`bt_weight=0`). Rows are appended to the csv, one per set x config x seed,
and a (set, config, seed) already there is skipped, so a run can be resumed or split over processes.

    OMP_NUM_THREADS=1 python run.py [--sets NAME ...] [--configs NAME ...] [--seeds 0] [--out results.csv]
"""
import argparse, csv, os, time, warnings
from pathlib import Path
import numpy as np
from sklearn.metrics import accuracy_score, normalized_mutual_info_score
from tsae.barlow import BTVQVAE
from tsae.vqvae import auto_fft
from tsae.estimator import takes_lengths
from tsae.bench.suite import SUITE, tuning_suite
from tsae.bench.experiments import flat_codes
from tsae.bench.peers import equalize, linear_probe, kmeans_codes

CONFIGS = {'plain': dict(bt_weight=0.),
           'default': dict(),                                                   # amplitude, flip, slope, phase, jitter; both views augmented
           'warp1': dict(augs=('amplitude', 'warp'), aug_views=1),              # the thesis's best on Two Patterns: one view augmented
           'warp2': dict(augs=('amplitude', 'warp'), aug_views=2),
           'slice1': dict(augs=('amplitude', 'slice'), aug_views=1),
           'warp1_fft8': dict(augs=('amplitude', 'warp'), aug_views=1, n_fft=8),    # and a finer time grid: an STFT window of 8 (hop 4), as the thesis's
           'plain_fft8': dict(bt_weight=0., n_fft=8),                           # the network of warp1_fft8 without the Barlow Twins term: the grid's share of the gain
           'warp1_auto': dict(augs=('amplitude', 'warp'), aug_views=1, n_fft='auto'),
           'warp1_fft8_steps1000': dict(augs=('amplitude', 'warp'), aug_views=1, n_fft=8, max_steps=1000)}   # the shipped defaults with twice the budget   # warp1 on the first default grid: STFT window auto_fft(length) (16 from length 32)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=list(SUITE))
    ap.add_argument('--configs', nargs='+', default=list(CONFIGS)); ap.add_argument('--seeds', nargs='+', type=int, default=[0])
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv'))); a = ap.parse_args()
    done = set()
    if os.path.exists(a.out):
        with open(a.out) as f: done = {(r['set'], r['config'], int(r['seed'])) for r in csv.DictReader(f)}
    for name in a.sets:
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]; k = len(np.unique(ytr))
        for seed in a.seeds:
            for cfg in a.configs:
                if (name, cfg, seed) in done: continue
                kw = dict(CONFIGS[cfg])
                if kw.get('n_fft') == 'auto': kw['n_fft'] = auto_fft(int(np.shape(Xtr[0])[0]))   # the grid before the default window was capped at 8
                est = BTVQVAE(random_state=seed, time_branch=False, **kw)   # the defaults of this study's date: no time branch
                A, B = (Xtr, Xte) if takes_lengths(BTVQVAE) else (equalize(Xtr), equalize(Xte, equalize(Xtr).shape[1]))
                t = time.perf_counter()
                with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(A)
                fit_s = time.perf_counter() - t
                Ca, Cb = flat_codes(est, A), flat_codes(est, B)
                row = dict(set=name, config=cfg, seed=seed, probe=accuracy_score(yte, linear_probe(Ca, ytr, Cb, seed)),
                           nmi=normalized_mutual_info_score(yte, kmeans_codes(Ca, Cb, k, seed)), fit_s=round(fit_s, 2),
                           n_train=len(A), length=int(np.shape(A[0])[0]), dims=Ca.shape[1])
                print(row, flush=True)
                new = not os.path.exists(a.out)
                with open(a.out, 'a', newline='') as f:
                    w = csv.DictWriter(f, fieldnames=list(row)); new and w.writeheader(); w.writerow(row)

if __name__ == '__main__': main()
