"""Does `transform` gain from the level and scale of each series that the network never sees?

`VQVAE` and `BTVQVAE` z-normalise each series per channel inside the network (`series_norm='channel'`, as TimeVQVAE
does), so their encoder outputs carry the shape of a series and nothing of its level or its scale. Where those are
part of the class (the channel levels of a speaker's cepstra in JapaneseVowels, a shapelet that raises the spread of
one channel in `channel_shapelet`), the codes cannot tell the classes apart however well the network is trained.
Reversible instance normalisation (Kim et al., ICLR 2022) keeps the statistics it removes and gives them back to the
output; here they are given back to the representation: `series_stats`, each series' mean and log standard deviation
per channel, appended to the summary over time (`VQVAE(series_stats=True)`).

For each set of the grown suite and each seed, the encoder outputs of the code-statistics study's fit (the shipped
defaults, `BTVQVAE(random_state=seed)`, and `bt_weight=0` for `--model btplain`) are read from that study's cache, or
fitted again when missing. Each summary of `SUMMARIES` is taken with `series_stats` of the same series appended
(`<summary>+level`), and `level` alone (the statistics without the network, the control), each probed by
`linear_probe` (`linear`) and `svm_probe` (`svm`). The summaries without the statistics are the code-statistics
study's rows (same fits, same probes). One row per set x summary x seed, appended to `results.csv`
(`results_btplain.csv`); (set, seed) pairs already there are skipped.

`--model vqvae` does the same for the plain `VQVAE` with its defaults (`VQVAE(random_state=seed)`, 1,000 steps), which
the code-statistics study did not fit: its fits are made here (and cached beside the others), and the summaries
without the statistics are written too (`results_vqvae.csv`).

The statistics are computed on the series as given (resampled to one length as the model does for unequal lengths);
the model computes them after its per-channel standard scaler, an affine map per channel, which the probes'
standardisation undoes: the probes see the same features.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_code_level/run.py --seeds 0 1
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_code_level/run.py --model btplain --seeds 0 1
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_code_level/run.py --model vqvae --seeds 0     # and --seeds 1
"""
import functools, sys, time, warnings
from pathlib import Path
import numpy as np, torch
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows, code_study_args, encoder_grid, equal_length, time_summaries
from sklearn.metrics import accuracy_score
from tsae.barlow import BTVQVAE
from tsae.vqvae import VQVAE, series_stats
from tsae.bench.suite import tuning_suite
from tsae.bench.peers import linear_probe, svm_probe

HERE = Path(__file__).parent
MODELS = {'btvqvae': (functools.partial(BTVQVAE, time_branch=False), HERE / 'results.csv'),   # the defaults of this study's date: no time branch
          'btplain': (functools.partial(BTVQVAE, bt_weight=0.), HERE / 'results_btplain.csv'),
          'vqvae': (VQVAE, HERE / 'results_vqvae.csv')}
OWN = {'vqvae'}   # models whose summaries without the statistics no other study wrote: this one writes them too
SUMMARIES = ('flat', 'mean', 'pyr2', 'meanstd', 'pyr2std', 'pyr2max')

def summaries(g) -> dict:
    "The summaries of `SUMMARIES` of a grid `(n, D, T)`, as the code-statistics study computes them"
    s = time_summaries(g); std = g.std(-1)
    s.update(meanstd=np.c_[s['mean'], std], pyr2std=np.c_[s['pyr2'], std], pyr2max=np.c_[s['pyr2'], s['max']])
    return {k: s[k] for k in SUMMARIES}

def level(X) -> np.ndarray:
    "`series_stats` of the series `X` (a list of series of different lengths is resampled to the longest, as `VQVAE` does)"
    return series_stats(equal_length(X)).numpy()

def grids(cls, model, name, seed, cache, Xtr, Xte):
    "The encoder outputs of both splits: from the code-statistics cache, or a fresh fit (then cached)"
    f = cache / f'{model}_{name}_{seed}.npz'
    if f.exists(): z = np.load(f); return z['train'], z['test'], None
    t = time.perf_counter(); est = cls(random_state=seed)
    with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(Xtr)
    gA, gB = encoder_grid(est, Xtr), encoder_grid(est, Xte)
    np.savez_compressed(f, train=gA, test=gB)
    return gA, gB, round(time.perf_counter() - t, 1)

def main():
    a, cls, out, cache, done = code_study_args(MODELS)
    for name in a.sets:
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]
        Ltr, Lte = level(Xtr), level(Xte)
        for seed in a.seeds:
            if (name, seed) in done: continue
            gA, gB, secs = grids(cls, a.model, name, seed, cache, Xtr, Xte)
            A, B = summaries(gA), summaries(gB)
            feats = ({k: (A[k], B[k]) for k in SUMMARIES} if a.model in OWN else {}) | {f'{k}+level': (np.c_[A[k], Ltr], np.c_[B[k], Lte]) for k in SUMMARIES} | {'level': (Ltr, Lte)}
            rows = [dict(set=name, seed=seed, summary=k, dims=a_.shape[1], linear=round(accuracy_score(yte, linear_probe(a_, ytr, b_, seed)), 4),
                         svm=round(accuracy_score(yte, svm_probe(a_, ytr, b_, seed)), 4), fit_seconds=secs) for k, (a_, b_) in feats.items()]
            append_rows(out, rows)
            print(name, seed, {r['summary']: (r['linear'], r['svm']) for r in rows}, flush=True)

if __name__ == '__main__': main()
