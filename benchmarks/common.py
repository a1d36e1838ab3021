"""Helpers shared by the study scripts under `benchmarks/studies/` (one copy, instead of scripts importing each other).

A study script is run as `python benchmarks/studies/<folder>/<script>.py ...` from the repository root (or from anywhere:
the path is taken from the script's own location). A script that needs this module puts the repository root on
`sys.path` in one line at its top and imports `benchmarks.common`:

    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
    from benchmarks.common import scores

`benchmarks/` has no `__init__.py` on purpose: `setuptools.find_packages()` in setup.py would otherwise ship it in
the wheel; `benchmarks.common` is found as a namespace package."""
import time
import numpy as np

__all__ = ['scores', 'ms', 'part_times', 'append_rows', 'code_study_args', 'encoder_grid', 'time_summaries', 'window_means', 'znorm_windows', 'nn_train_self', 'judge_streams']

# --- clustering on the tuning suite (dvesom_defaults/dvesom_suite.py, dvesom_screen/dvesom_screen.py) ---

def scores(y, p, k) -> dict:
    "NMI and ARI of the clusters `p` against the classes `y`; 'collapse' when fewer than the `k` clusters are used"
    from sklearn.metrics import normalized_mutual_info_score as nmi, adjusted_rand_score as ari
    sizes = np.unique(p, return_counts=True)[1]
    return {'nmi': nmi(y, p), 'ari': ari(y, p), 'n_test_clusters': len(sizes), 'collapse': len(sizes) < k,
            'min_share': sizes.min() / len(p) if len(sizes) >= k else 0.}   # the smallest of the k clusters' share of the test series

# --- where a DVESOM training step spends its time (dvesom_cpu_speed/dvesom_parts.py and dvesom_bench_cpu.py) ---

def ms(f, n) -> float:
    "Fastest of `n` timed calls of `f`, in milliseconds (the least disturbed by other work on the machine)"
    f()                                                                       # warm-up
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return min(ts) * 1000

def part_times(batch=128, length=128, hidden=64, latent=8, reps=15) -> dict:
    "Milliseconds per forward + backward of each part (fastest of `reps`), and the bound on the fused/loop training ratio"
    import torch
    from tsae.dvesom import DVESOMNet
    from tsae.bench.dvesom_studies import LoopDecoderNet
    torch.manual_seed(0); x = torch.randn(batch, length, 1); z = torch.randn(batch, latent)
    kw = dict(length=length, n_channels=1, latent_dim=latent, hidden=hidden)
    net, loop = DVESOMNet(**kw), LoopDecoderNet(**kw)
    parts = {'encoder': lambda: net.encode_stats(x)[0].sum().backward(),
             'fused_decoder': lambda: net.decode(z).sum().backward(),
             'loop_decoder': lambda: loop.decode(z).sum().backward(),
             'full_step': lambda: sum(v for k, v in net.loss(x).items() if not k.startswith('_')).backward()}
    t = {f'{k}_ms': ms(f, reps) for k, f in parts.items()}
    return {'batch': batch, 'length': length, 'hidden': hidden, 'latent': latent, 'reps': reps, **t,
            'decoder_speedup': t['loop_decoder_ms'] / t['fused_decoder_ms'],
            'ratio_bound': (t['encoder_ms'] + t['loop_decoder_ms']) / t['encoder_ms']}

# --- a study's result file (code_pooling, code_statistics, latent_points, latent_selfjoin) ---

def append_rows(path, rows:list):
    "Append the dicts `rows` to the CSV `path`, with a header when the file is new"
    import csv
    from pathlib import Path
    new = not Path(path).exists()
    with open(path, 'a', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); new and w.writeheader(); w.writerows(rows)

def code_study_args(models:dict, cache='tsae_code_statistics'):
    """The command line of the code studies (code_statistics/run.py, code_level/run.py): `--sets`, `--seeds`, `--model` (a key of
    `models`, each `(estimator class, result file)`) and `--cache` (the folder of encoder outputs, in the system's temporary folder).
    Returns `(args, estimator class, result file, cache folder, the (set, seed) pairs already in the result file)`"""
    import argparse, csv, tempfile
    from pathlib import Path
    from tsae.bench.suite import SUITE
    ap = argparse.ArgumentParser(); ap.add_argument('--sets', nargs='+', default=list(SUITE)); ap.add_argument('--seeds', nargs='+', type=int, default=[0])
    ap.add_argument('--model', default=next(iter(models)), choices=list(models))
    ap.add_argument('--cache', default=str(Path(tempfile.gettempdir()) / cache)); a = ap.parse_args()
    cache = Path(a.cache); cache.mkdir(parents=True, exist_ok=True); cls, out = models[a.model]; done = set()
    if Path(out).exists():
        with open(out) as f: done = {(r['set'], int(r['seed'])) for r in csv.DictReader(f)}
    return a, cls, out, cache, done

# --- summaries over time of the VQ encoders' outputs (code_pooling, code_statistics, code_level, encoder_inputs) ---

def encoder_grid(est, X) -> np.ndarray:
    "The encoder outputs before quantization of a fitted `VQVAE`/`BTVQVAE` on `X`, as `(n, latent_dim * rows, frames)` float32"
    import torch
    Xs, _ = est._prep(X)
    return est._batched(lambda xb: torch.cat([z.flatten(1, 2) for z in est.module_.encode_continuous(xb)[1]], 1), Xs)

def equal_length(X):
    "`X` as one float32 tensor `(n, length, channels)`: a list of series of different lengths resampled to the longest, as `VQVAE` does"
    import torch
    from tsae.vqvae import VQVAE
    from tsae.input import as_series
    R = VQVAE()._equal_length(X)
    return torch.from_numpy(np.ascontiguousarray(R[0] if R is not None else as_series(X, 'X'), np.float32))

def time_summaries(grid) -> dict:
    "Summaries over the frames of a grid `(n, D, T)`, each `(n, d)`: every frame, mean, max, both, all three, pyramids of 2 and 4 levels"
    flat, mean, mx = grid.reshape(len(grid), -1), grid.mean(-1), grid.max(-1)
    T = grid.shape[-1]; cut = lambda k, j: (j * T // k, max((j + 1) * T // k, j * T // k + 1))   # k stretches of frames, none empty
    seg = lambda k: np.concatenate([grid[..., a:b].mean(-1) for a, b in (cut(k, j) for j in range(k))], 1)   # the mean over each
    return {'flat': flat, 'mean': mean, 'max': mx, 'meanmax': np.c_[mean, mx], 'flat_meanmax': np.c_[flat, mean, mx],
            'pyr2': np.c_[mean, seg(2)], 'pyr4': np.c_[mean, seg(2), seg(4)]}

# --- windows of a stream and their scores (latent_points/run.py, latent_selfjoin/run.py, latent_code/run.py) ---

def window_means(d, n:int, W:int) -> np.ndarray:
    "Per-window values `d` (window j starts at point j, stride 1) onto the `n` points: the mean over the windows covering each"
    return np.convolve(d, np.ones(W), 'full') / np.convolve(np.ones(len(d)), np.ones(W), 'full')

def znorm_windows(V) -> np.ndarray:
    "Windows `(m, W[, C])` flattened, each less its mean, over its standard deviation"
    V = V.reshape(len(V), -1); return (V - V.mean(1, keepdims=True)) / (V.std(1, keepdims=True) + 1e-8)

def nn_train_self(bank, query, W):
    "Distance of each query row to the nearest bank row (`train`), and to the nearest of the bank and the query rows at least `W` apart (`self`), both standardised by the bank"
    from sklearn.neighbors import NearestNeighbors
    mu, sd = bank.mean(0), bank.std(0) + 1e-8
    B, Q = (bank - mu) / sd, (query - mu) / sd
    d_train = NearestNeighbors(n_neighbors=1).fit(B).kneighbors(Q)[0][:, 0]
    dq, iq = NearestNeighbors(n_neighbors=min(len(Q), 2 * W + 2)).fit(Q).kneighbors(Q)   # enough neighbours to pass the 2W - 1 overlapping ones
    dq = np.where(np.abs(iq - np.arange(len(Q))[:, None]) < W, np.inf, dq).min(1)
    return d_train, np.minimum(d_train, dq)

def judge_streams(out, scores):
    """The command line of a study that scores the test part of each stream of `stream_suite(seed)` and has TSB-AD's
    `get_metrics` judge the scores in its environment (latent_points, latent_selfjoin, latent_code): `--seeds` (0 unless
    given), `--names` (every stream unless given). `scores(seed, name, d, W)`, with `d` the stream's dict and `W =
    default_window(train)`, returns `{'given': {variant: per-point scores of the test part}}` and optionally `'cols'`
    (more columns of the judged rows; `seconds` there replaces the wall time of the call) and `'rows'` (more rows, as
    they are). One judged row per variant (seed, stream, regime, variant, vus_pr, roc_auc, window, seconds) is appended
    to `out`; a (seed, stream) with rows is not run again."""
    import argparse, tempfile
    from pathlib import Path
    import pandas as pd
    from tsae.series import default_window
    from tsae.bench.streams import stream_suite
    from tsae.bench.tsbad import tsbad_env, write_stream, run_tsbad_worker
    ap = argparse.ArgumentParser(); ap.add_argument('--seeds', nargs='+', type=int, default=[0]); ap.add_argument('--names', nargs='*')
    a = ap.parse_args()
    done = set(zip(*pd.read_csv(out)[['seed', 'stream']].to_numpy().T)) if Path(out).exists() else set()
    py = tsbad_env()
    for seed in a.seeds:
        for name, d in stream_suite(seed).items():
            if (seed, name) in done or (a.names and name not in a.names): continue
            tr, te, lab = (np.asarray(d[k], np.float64) for k in ('train', 'test', 'labels')); W = default_window(tr)
            t = time.perf_counter(); res = scores(seed, name, d, W); cols = {'seconds': round(time.perf_counter() - t, 1), **res.get('cols', {})}
            with tempfile.TemporaryDirectory() as tmp:
                write_stream(f'{tmp}/s.npz', tr, te, lab, res['given'])
                _, report = run_tsbad_worker(f'{tmp}/s.npz', f'{tmp}/r.npz', (), 0, py)
            rows = [dict(seed=seed, stream=name, regime=d['regime'], variant=r['method'], vus_pr=r['vus_pr'], roc_auc=r['roc_auc'], window=W, **cols)
                    for r in report]
            append_rows(out, rows + res.get('rows', []))
            print(seed, name, {r['variant']: round(r['vus_pr'], 3) for r in rows}, cols['seconds'], flush=True)

# --- studies of BTVQVAE with the shipped defaults but for a few arguments (frame_depth, time_branch, time_branch_cost, branch_readout) ---

def run_variants(out, variants:dict, default:str, reads=None, measure=None, est=None):
    """The command line of a study that fits `BTVQVAE` with the shipped defaults but for a few arguments: `--variant` (a key of
    `variants`, each a dict of `BTVQVAE` arguments; `default` unless given), `--sets` (the grown suite unless given), `--seeds`
    (0 unless given). For each set and seed, one row appended to `out`: set, seed, variant, dims, `linear` (`linear_probe`) and
    `svm` (`svm_probe`) on `transform`, and `fit_seconds`, the wall time of the fit and the readings; with `reads`, a function
    `(model, Xtr, Xte) -> {name: (train codes, test codes)}`, one row per reading, named in a `readout` column. (set, seed,
    variant) triples already in `out` are skipped. `measure`, a function `(model, variant, Xtr, ytr, Xte, yte, seed) -> dict`,
    replaces the readings and probes by its own columns (one row per fit); `est` fits another class than `BTVQVAE`; `out` may be a
    function of the variant's name."""
    import argparse, csv, warnings
    from pathlib import Path
    from sklearn.metrics import accuracy_score
    from tsae.barlow import BTVQVAE
    from tsae.bench.suite import SUITE, tuning_suite
    from tsae.bench.peers import linear_probe, svm_probe
    ap = argparse.ArgumentParser(); ap.add_argument('--variant', choices=tuple(variants), default=default)
    ap.add_argument('--sets', nargs='+', default=list(SUITE)); ap.add_argument('--seeds', nargs='+', type=int, default=[0]); a = ap.parse_args()
    est = est or BTVQVAE; out = out(a.variant) if callable(out) else out
    done = set()
    if Path(out).exists():
        with open(out) as f: done = {(r['set'], int(r['seed']), r['variant']) for r in csv.DictReader(f)}
    for name in a.sets:
        Xtr, ytr, Xte, yte = tuning_suite([name])[name]
        for seed in a.seeds:
            if (name, seed, a.variant) in done: continue
            t = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter('ignore'); m = est(random_state=seed, **variants[a.variant]).fit(Xtr)
            if measure is not None: parts = [measure(m, a.variant, Xtr, ytr, Xte, yte, seed)]
            else:
                R = {None: (m.transform(Xtr), m.transform(Xte))} if reads is None else reads(m, Xtr, Xte)
                parts = [dict(**({} if k is None else {'readout': k}), dims=A.shape[1], linear=round(accuracy_score(yte, linear_probe(A, ytr, B, seed)), 4),
                              svm=round(accuracy_score(yte, svm_probe(A, ytr, B, seed)), 4)) for k, (A, B) in R.items()]
            secs = round(time.perf_counter() - t, 1)
            rows = [dict(set=name, seed=seed, variant=a.variant, **p, fit_seconds=secs) for p in parts]
            append_rows(out, rows); print(*rows, sep='\n', flush=True)

def time_default_fits(variants:dict, path):
    """One fit of `BTVQVAE` per variant (a dict of its arguments) on 200 series of 500 steps (`make_cbf(200, 500, seed=0)`, as
    `benchmarks/speed/`), on one thread: run alone. Writes {variant: seconds, ..., and the machine} as JSON to `path`, whole."""
    import json, os, platform, warnings
    from pathlib import Path
    import torch
    from tsae.barlow import BTVQVAE
    from tsae.synth import make_cbf
    torch.set_num_threads(1); X = make_cbf(200, 500, seed=0)[0]; res = {}
    for name, kw in variants.items():
        t = time.perf_counter()
        with warnings.catch_warnings(): warnings.simplefilter('ignore'); BTVQVAE(random_state=0, **kw).fit(X)
        res[name] = round(time.perf_counter() - t, 1); print(name, res[name], 's', flush=True)
    res.update(n_series=200, length=500, threads=1, cpu_count=os.cpu_count(), machine=platform.processor() or platform.machine(), torch_version=torch.__version__)
    p = Path(path); tmp = p.with_suffix('.tmp'); tmp.write_text(json.dumps(res, indent=1) + '\n'); tmp.replace(p)
