"""Do second-order summaries over time (the spread of the encoder outputs, their maximum) beside the pyramid help a probe?

`BTVQVAE.transform` returns `pool='pyramid'`: the encoder outputs averaged over time and over each half of it
(`../2026-12-06_code_pooling/`). A mean over time keeps a pattern that sits anywhere only diluted by the frames around
it: a shapelet at a random place in one of four channels (`channel_shapelet`) is lost in the average, and the
oscillation of a tone slower than the STFT's 8-point frames (`frequency_bands`) averages out. The spread over time
(the standard deviation of each output over the frames, "statistics pooling" in speaker embeddings, Snyder et al.
2018) and the maximum keep both, and stay one length whatever the series length.

For each set of the grown suite, one `BTVQVAE(random_state=seed)` with its defaults is fitted on the training split,
and the encoder output `(n, latent_dim, n_freq, frames)` of both splits is summarised by the seven summaries of
`../2026-12-06_code_pooling/run.py` (`benchmarks.common.time_summaries`) and by

- `std`: the standard deviation over the frames;
- `meanstd`: `mean` and `std`;
- `pyr2std`: `pyr2` and `std`;
- `pyr2max`: `pyr2` and `max`;

each probed by `linear_probe` (`linear`) and `svm_probe` (`svm`). One row per set x summary x seed, appended to
`results.csv`; (set, seed) pairs already there are skipped. All summaries of a row come from the same fit, so they are
compared on equal terms; the encoder outputs are kept in the system's temporary folder (`--cache`) so that a further
summary needs no refit.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_code_statistics/run.py --seeds 0

and the same for `BTVQVAE(bt_weight=0)`, the network without the Barlow Twins term (rows in `results_btplain.csv`):

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-07_code_statistics/run.py --model btplain --seeds 0
"""
import functools, sys, time, warnings
from pathlib import Path
import numpy as np
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import append_rows, code_study_args, encoder_grid, time_summaries
from sklearn.metrics import accuracy_score
from tsae.barlow import BTVQVAE
from tsae.bench.suite import tuning_suite
from tsae.bench.peers import linear_probe, svm_probe

OUT = Path(__file__).with_name('results.csv')
MODELS = {'btvqvae': (functools.partial(BTVQVAE, time_branch=False), OUT),   # the defaults of this study's date: no time branch
          'btplain': (functools.partial(BTVQVAE, bt_weight=0.), Path(__file__).with_name('results_btplain.csv'))}
def more(g, base:dict) -> dict:
    "The second-order summaries of a grid `(n, D, T)`, beside its first-order ones `base` (`time_summaries(g)`)"
    std = g.std(-1)
    return {'std': std, 'meanstd': np.c_[base['mean'], std], 'pyr2std': np.c_[base['pyr2'], std], 'pyr2max': np.c_[base['pyr2'], base['max']]}

def main():
    a, cls, out, cache, done = code_study_args(MODELS)
    for name in a.sets:
        for seed in a.seeds:
            if (name, seed) in done: continue
            Xtr, ytr, Xte, yte = tuning_suite([name])[name]
            t = time.perf_counter(); est = cls(random_state=seed)
            with warnings.catch_warnings(): warnings.simplefilter('ignore'); est.fit(Xtr)
            secs = time.perf_counter() - t
            gA, gB = encoder_grid(est, Xtr), encoder_grid(est, Xte)
            A, B = time_summaries(gA), time_summaries(gB)
            assert np.allclose(A['pyr2'], np.asarray(est.set_params(pool='pyramid', series_stats=False).transform(Xtr)).reshape(len(Xtr), -1), atol=1e-5)   # pyr2 is what transform gives
            A.update(more(gA, A)); B.update(more(gB, B))
            np.savez_compressed(cache / f'{a.model}_{name}_{seed}.npz', train=gA, test=gB, y_train=ytr, y_test=yte)
            rows = [dict(set=name, seed=seed, summary=k, dims=A[k].shape[1], linear=round(accuracy_score(yte, linear_probe(A[k], ytr, B[k], seed)), 4),
                         svm=round(accuracy_score(yte, svm_probe(A[k], ytr, B[k], seed)), 4), fit_seconds=round(secs, 1)) for k in A]
            append_rows(out, rows)
            print(name, seed, {r['summary']: (r['linear'], r['svm']) for r in rows}, flush=True)

if __name__ == '__main__': main()
