"""DVESOM on the tuning suite (`tsae.bench.suite.tuning_suite`), the protocol of the defaults: k = classes of y_train, fit on
X_train without labels, cluster X_test, NMI and ARI against y_test; "collapse" = fewer than k clusters on the test split.

Each fit is scored with several ways of turning the map into k clusters (one fit, several rows):
  map          the estimator's `predict` with `n_clusters=k` (whatever `DVESOM` does by default)
  ward         Ward clustering of the prototypes with grid connectivity (`cluster_units`)
  kmeans_hits  k-means on the prototypes weighted by their training hits (units without hits weigh nothing)
  kmeans_codes k-means on the training codes (`transform`), test codes assigned to the nearest centre

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_defaults/dvesom_suite.py --baselines --seeds 0 1 2
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_defaults/dvesom_suite.py --configs default no_series_norm --seeds 0 1 2
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_defaults/dvesom_suite.py --configs 'epochs_100={"epochs": 100}' --seeds 0 1 2
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_defaults/dvesom_suite.py --configs 'som_weight_0.03={"som_weight": 0.03}' 'kl_weight_0.1={"kl_weight": 0.1}' 'lr_2e-3={"lr": 0.002}'   # seed 0 screens

`--configs` names entries of CONFIGS (DVESOM parameters on top of its defaults) or `name={"param": value}` (JSON);
rows are appended to dvesom_suite.csv beside this script (baselines: dvesom_suite_baselines.csv: k-means on the raw
series and tslearn's k-Shape). Needs aeon for BasicMotions and JapaneseVowels, and tslearn for the baselines
(`pip install -e ".[bench]"`). dvesom_suite_screen.csv holds the first screening rows (seed 0, series_norm=False).
`scores` (NMI, ARI, collapse) is in `benchmarks/common.py`, shared with `dvesom_screen.py`.
"""
import argparse, json, time, sys
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.cluster import KMeans
from tsae.bench.suite import tuning_suite, SUITE
from tsae.dvesom import DVESOM, cluster_units
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import scores

RESULTS = Path(__file__).parent
CONFIGS = {  # DVESOM parameters on top of the estimator's defaults; the ablation turns one change of the defaults off at a time
    'default': {},
    'no_series_norm': {'series_norm': False},
}

def znorm_each(X, L=None):
    "Each series z-normalised per channel; a list of unequal series is resampled (linear) to `L` points first (None: the longest)"
    if isinstance(X, list):
        L = L or max(len(s) for s in X)
        X = np.stack([np.stack([np.interp(np.linspace(0, len(s) - 1, L), np.arange(len(s)), s[:, c]) for c in range(s.shape[1])], 1) for s in X])
    X = np.asarray(X, np.float64)
    return (X - X.mean(1, keepdims=True)) / np.maximum(X.std(1, keepdims=True), 1e-8)

def baselines(data, seed):
    Xa, ya, Xb, yb = data; k = len(np.unique(ya)); A = znorm_each(Xa); B = znorm_each(Xb, A.shape[1])
    rows = []
    t = time.perf_counter(); p = KMeans(k, n_init=10, random_state=seed).fit(A.reshape(len(A), -1)).predict(B.reshape(len(B), -1))
    rows.append({'method': 'kmeans_raw', **scores(yb, p, k), 'seconds': time.perf_counter() - t})
    from tslearn.clustering import KShape
    t = time.perf_counter(); p = KShape(n_clusters=k, random_state=seed).fit(A).predict(B)
    rows.append({'method': 'kshape', **scores(yb, p, k), 'seconds': time.perf_counter() - t})
    return rows

def dvesom_rows(data, seed, params):
    Xa, ya, Xb, yb = data; k = len(np.unique(ya))
    t = time.perf_counter(); m = DVESOM(**{'n_clusters': k, **params}, random_state=seed).fit(Xa); sec = time.perf_counter() - t
    steps = m.history_[-1]['step']
    M, ba, bb = m.prototypes_, m.bmu(Xa), m.bmu(Xb)
    hits = np.bincount(ba, minlength=len(M)).astype(float)
    Za, Zb = m.transform(Xa), m.transform(Xb)
    groups = {'map': m.predict(Xb), 'ward': cluster_units(M, m.coords_, k)[bb],
              'kmeans_hits': KMeans(k, n_init=10, random_state=seed).fit(M, sample_weight=hits).predict(M)[bb],
              'kmeans_codes': KMeans(k, n_init=10, random_state=seed).fit(Za).predict(Zb)}
    extra = {'seconds': sec, 'steps': steps, 'units_hit': int((hits > 0).sum()), 'n_units': len(M),
             'recon': m.history_[-1].get('recon'), 'code_std': float(Za.std(0).mean())}
    return [{'method': f'dvesom/{g}', **scores(yb, p, k), **extra} for g, p in groups.items()]

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--configs', nargs='*', default=['default'])
    ap.add_argument('--seeds', nargs='*', type=int, default=[0])
    ap.add_argument('--sets', nargs='*', default=list(SUITE))
    ap.add_argument('--baselines', action='store_true', help='run k-means raw and k-Shape instead of DVESOM')
    ap.add_argument('--out', default=None)
    a = ap.parse_args()
    out = Path(a.out) if a.out else RESULTS / ('dvesom_suite_baselines.csv' if a.baselines else 'dvesom_suite.csv')
    cfgs = {}
    for c in a.configs:
        if '=' in c: name, js = c.split('=', 1); cfgs[name] = json.loads(js)
        else: cfgs[c] = CONFIGS[c]
    jobs = [(s, d, c) for s in a.seeds for d in a.sets for c in (['-'] if a.baselines else cfgs)]
    for i, (seed, dname, cname) in enumerate(jobs):
        data = tuning_suite([dname], seed=seed)[dname]
        rows = baselines(data, seed) if a.baselines else dvesom_rows(data, seed, cfgs[cname])
        rows = [{'data': dname, 'seed': seed, 'config': cname, 'params': json.dumps(cfgs.get(cname, {})), **r} for r in rows]
        df = pd.DataFrame(rows); df.to_csv(out, mode='a', header=not out.exists(), index=False)
        print(f"[{i + 1}/{len(jobs)}] {dname} seed {seed} {cname}: " + ', '.join(f"{r['method']} {r['nmi']:.3f}" + ('!' if r['collapse'] else '') for r in rows)
              + f" ({rows[-1]['seconds']:.0f}s)", flush=True)
