"""DVESOM: a screen of model settings and of ways to turn a fitted model into k clusters, on the tuning suite.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_screen/dvesom_screen.py fit --configs base,center,latent16 --seeds 0,1,2
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_screen/dvesom_screen.py fit --configs latent16+kl0.1 --seeds 3,4,5   # the chosen settings (and base) on seeds not used to choose
    python benchmarks/studies/2026-11-30_dvesom_screen/dvesom_screen.py score   # every saved fit, every grouping -> dvesom_screen_groupings.csv

`fit` fits DVESOM (n_clusters = classes of y_train) with each config on every suite set and seed and appends three
groupings per fit to dvesom_screen.csv (beside this script); with `--save DIR` (default `dvesom_screen_fits` in the
system's temporary folder, `tempfile.gettempdir()`) it keeps each
fit's prototypes, grid, hits and codes, so `score` can try more groupings without refitting. A config is names of
CONFIGS joined by '+', applied over BASE. 'center' is a variant of the series normalisation that is not a parameter of the estimator:
each series has its mean removed but keeps its scale (patched into `DVESOMNet._norm` for the run).

Groupings (all fitted on the training split, applied to the test split):
  ward / map    contiguous regions of the map (Ward on the prototypes, `cluster_units`); a test series gets its unit's region
  wward         the same merges with each unit weighing its training hits
  kmeans_hits   k-means on the prototypes weighted by their training hits
  kmeans_std    k-means (10 starts) on the standardised training codes; a test series gets the nearest centre
  kmeans_raw_codes  the same on the codes as they are
  stats2_wA     kmeans_std with each series' level and log-scale (mean and log std over all channels) beside the code,
                each standardised and weighted A (the codes' features weigh 1)
  stats3_wA     the same with the log-roughness too (log std of the steps x[t+1] - x[t]): what `DVESOM` ships, A = `stats_weight`
  chan2_wA      the same as stats2 with a level and a log-scale per channel
The statistics are computed on the series as the suite gives them (the estimator computes them on its scaled data: the
same after standardisation, up to the floor under the std). A statistic that varies less than 0.01 (the level: 0.01 of
the data's std) is divided by 0.01, not by its spread, as `DVESOM._stats_floor` does; chan2 has no floor on its levels. `score` adds them for the fits of STATS_CONFIGS only.
Collapse: fewer than k clusters on the test split (`scores`, in `benchmarks/common.py`). Baselines (k-means on the raw
series, k-Shape) come from `python benchmarks/studies/2026-11-30_dvesom_defaults/dvesom_suite.py --baselines --seeds ...`."""
import argparse, glob, os, tempfile, time, warnings, sys
from pathlib import Path
import numpy as np, pandas as pd, torch
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler
from tsae.bench.suite import tuning_suite, SUITE
from tsae import dvesom as D
from tsae.dvesom import DVESOM, cluster_units, grid_neighbours
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import scores

RESULTS = Path(__file__).parent
BASE = {'latent_dim': 8, 'kl_weight': 0.3, 'clusters': 'map'}   # the reference configuration every other one changes
CONFIGS = {'base': {}, 'center': {}, 'latent16': {'latent_dim': 16}, 'latent8': {'latent_dim': 8}, 'grid8': {'rows': 8, 'cols': 8},
           'kl0.1': {'kl_weight': 0.1}, 'kl0.3': {'kl_weight': 0.3}, 'som0.01': {'som_weight': 0.01}, 'map': {'clusters': 'map'}}

def center_norm(self, x):
    "Each series of `x` `(bs, L, C)` with its mean removed (padding left out), its scale kept"
    if not self.series_norm: return x, None, None
    ok = ~torch.isnan(x); n = ok.sum((1, 2), keepdim=True).clamp(min=1)
    mean = torch.where(ok, x, 0.).sum((1, 2), keepdim=True) / n
    return x - mean, mean, torch.ones_like(mean)

def weighted_ward(M, C, w, k, eps=1e-3):
    "Contiguous regions of the map: Ward merges of grid-adjacent clusters, each unit weighing `w` (its training hits) + `eps`"
    M = np.asarray(M, np.float64); K = len(M); adj = grid_neighbours(np.asarray(C, np.float64)).copy(); np.fill_diagonal(adj, False)
    mass, cent, lab, alive = np.asarray(w, np.float64) + eps, M.copy(), np.arange(K), set(range(K))
    nb = {i: set(np.flatnonzero(adj[i])) for i in range(K)}
    while len(alive) > k:
        c, i, j = min((mass[i] * mass[j] / (mass[i] + mass[j]) * ((cent[i] - cent[j]) ** 2).sum(), i, j) for i in alive for j in nb[i] if j > i)
        cent[i] = (mass[i] * cent[i] + mass[j] * cent[j]) / (mass[i] + mass[j]); mass[i] += mass[j]; lab[lab == j] = i
        nb[i] = (nb[i] | nb[j]) - {i, j}
        for l in nb[j] - {i}: nb[l].discard(j); nb[l].add(i)
        alive.remove(j)
    return np.unique(lab, return_inverse=True)[1]

STATS_CONFIGS, STATS_WEIGHTS = ('latent16+kl0.1',), (1., 1.2, 1.4, 1.6, 2.)

def series_stats(X, kind):
    "Per-series statistics `(n, s)` of `X` (an array `(n, L, C)` or a list of `(L_i, C)`): 'stats2', 'stats3' or 'chan2'"
    def one(x):
        x = np.asarray(x, np.float64)
        if kind == 'chan2': return np.concatenate([x.mean(0), np.log(x.std(0) + 1e-3)])
        s = [x.mean(), np.log(x.std() + 1e-3)]
        return np.array(s + [np.log(np.diff(x, axis=0).std() + 1e-3)] if kind == 'stats3' else s)
    return np.stack([one(x) for x in X])

def stats_groupings(f, k, seed, Xa, Xb):
    "k-means on the standardised codes with each kind of statistics beside them, at each weight of STATS_WEIGHTS"
    out = {}
    for kind in ('stats2', 'stats3', 'chan2'):
        A, B = np.concatenate([f['Za'], series_stats(Xa, kind)], 1), np.concatenate([f['Zb'], series_stats(Xb, kind)], 1)
        d = f['Za'].shape[1]; floor = np.r_[np.zeros(d), np.full(A.shape[1] - d, 1e-2)]   # `DVESOM._stats_floor`: the level's floor in units of the
        if kind != 'chan2': floor[d] *= np.nanstd(np.concatenate([np.ravel(x) for x in Xa]))   # data's std (the estimator's scaled units)
        mu, sd = A.mean(0), np.maximum(A.std(0), floor); sd = np.where(sd > 0, sd, 1.); A, B = (A - mu) / sd, (B - mu) / sd
        for a in STATS_WEIGHTS:
            w = np.r_[np.ones(d), np.full(A.shape[1] - d, a)]
            out[f'{kind}_w{a:g}'] = KMeans(k, n_init=10, random_state=seed).fit(A * w).predict(B * w)
    return out

def groupings(f, k, seed):
    M, C, ba, bb, Za, Zb = f['M'], f['C'], f['ba'], f['bb'], f['Za'], f['Zb']
    hits = np.bincount(ba, minlength=len(M)).astype(float); sc = StandardScaler().fit(Za)
    return {'ward': cluster_units(M, C, k)[bb], 'wward': weighted_ward(M, C, hits, k)[bb],
            'kmeans_hits': KMeans(k, n_init=10, random_state=seed).fit(M, sample_weight=hits).predict(M)[bb],
            'kmeans_std': KMeans(k, n_init=10, random_state=seed).fit(sc.transform(Za)).predict(sc.transform(Zb)),
            'kmeans_raw_codes': KMeans(k, n_init=10, random_state=seed).fit(Za).predict(Zb)}

def fit(configs, seeds, out, save):
    orig = D.DVESOMNet._norm; save.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        for name in SUITE:
            Xa, ya, Xb, yb = tuning_suite([name], seed=seed)[name]; k = len(np.unique(ya))
            for c in configs:
                parts = c.split('+'); D.DVESOMNet._norm = center_norm if 'center' in parts else orig
                params = {**BASE, **{p: v for part in parts for p, v in CONFIGS[part].items()}}
                t = time.perf_counter(); m = DVESOM(**{'n_clusters': k, **params}, random_state=seed).fit(Xa); sec = time.perf_counter() - t
                M, ba, bb = m.prototypes_, m.bmu(Xa), m.bmu(Xb); Za, Zb = m.transform(Xa), m.transform(Xb)
                f = dict(M=M, C=m.coords_, ba=ba, bb=bb, Za=Za, Zb=Zb, ya=ya, yb=yb)
                np.savez_compressed(save / f'{name}_{seed}_{c}.npz', **f)
                g = groupings(f, k, seed)
                rows = [{'data': name, 'seed': seed, 'config': c, 'method': m_, **scores(yb, g[m_], k), 'seconds': sec} for m_ in ('ward', 'kmeans_hits', 'kmeans_std')]
                pd.DataFrame(rows).to_csv(out, mode='a', header=not out.exists(), index=False)
                print(name, seed, c, ' '.join(f"{r['method']} {r['nmi']:.3f}{'!' if r['collapse'] else ''}" for r in rows), f"{sec:.0f}s", flush=True)
    D.DVESOMNet._norm = orig

def score(save, out):
    rows, suites = [], {}
    for p in sorted(glob.glob(str(save / '*.npz'))):
        name, seed, c = Path(p).stem.rsplit('_', 2); f = np.load(p); k = len(np.unique(f['ya'])); seed = int(seed)
        g = groupings(f, k, seed)
        if c in STATS_CONFIGS:
            if seed not in suites: suites[seed] = tuning_suite(seed=seed)
            Xa, _, Xb, _ = suites[seed][name]; g.update(stats_groupings(f, k, seed, Xa, Xb))
        rows += [{'data': name, 'seed': seed, 'config': c, 'method': m, **scores(f['yb'], lab, k)} for m, lab in g.items()]
    pd.DataFrame(rows).to_csv(out, index=False); print(f'{len(rows)} rows -> {out}')

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('what', choices=['fit', 'score']); ap.add_argument('--configs', default='base'); ap.add_argument('--seeds', default='0')
    ap.add_argument('--save', default=os.path.join(tempfile.gettempdir(), 'dvesom_screen_fits')); ap.add_argument('--out', default=None)
    a = ap.parse_args(); warnings.filterwarnings('ignore')
    if a.what == 'fit': fit(a.configs.split(','), [int(s) for s in a.seeds.split(',')], Path(a.out or RESULTS / 'dvesom_screen.csv'), Path(a.save))
    else: score(Path(a.save), Path(a.out or RESULTS / 'dvesom_screen_groupings.csv'))
