"""VQVAE / BTVQVAE on the tuning suite: linear probe and k-means NMI of several representations of one fit, and fit time.

Every fit is scored on several candidate outputs of `transform` at once (`--reps`):
  zq: quantized latents, flattened; ze: encoder outputs before quantization, flattened;
  ze_mean / zq_mean: encoder / quantized latents averaged over time (per latent dim and frequency row);
  ze_meanmax: mean and max over time of the encoder outputs; hist: code histogram (fraction of tokens per code).
Baselines (1-NN Euclidean on z-normalised series, k-means on them) go to the same file with config 'baseline'.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_vqvae_defaults/vqvae_suite.py --model vqvae --seeds 0 --baselines \
        --cfg "d_h32:" "nosn_h32:series_norm=False"            # default --out: vqvae_suite.csv beside this script
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_vqvae_defaults/vqvae_suite.py --model vqvae --seeds 0 --cfg 'default:' \
        --out benchmarks/studies/2026-11-30_vqvae_defaults/vqvae_suite_screen.csv

BasicMotions and JapaneseVowels need aeon (`pip install -e ".[bench]"`).
Configurations are 'name:key=value,key=value' (estimator parameters, Python literals; hop='half' / 'quarter': n_fft // 2 / n_fft // 4 on each set)."""
import argparse, ast, csv, os, sys, time
import numpy as np, torch
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import normalized_mutual_info_score as nmi, adjusted_rand_score as ari
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler
from tsae.bench.suite import tuning_suite, SUITE
from tsae.vqvae import VQVAE, auto_fft
from tsae.barlow import BTVQVAE

def equalize(X, T=None):
    "Series of unequal lengths (a list) -> `(n, T, channels)` by linear resampling to `T` (default: the longest), as `tsae.bench.peers.equalize`"
    if not isinstance(X, list): return np.asarray(X, np.float32)
    T = T or max(len(x) for x in X)
    out = np.empty((len(X), T, X[0].shape[1]), np.float32)
    for i, x in enumerate(X):
        t0 = np.linspace(0, 1, len(x)); t1 = np.linspace(0, 1, T)
        for c in range(x.shape[1]): out[i, :, c] = np.interp(t1, t0, x[:, c])
    return out

def znorm(X):
    mu, sd = X.mean(1, keepdims=True), X.std(1, keepdims=True)
    return ((X - mu) / np.where(sd > 0, sd, 1)).reshape(len(X), -1)

def probe(Za, ya, Zb, yb):
    sc = StandardScaler().fit(Za)
    return float(LogisticRegression(max_iter=2000).fit(sc.transform(Za), ya).score(sc.transform(Zb), yb))

def cluster(Za, Zb, yb, k, s):
    p = KMeans(k, n_init=10, random_state=s).fit(Za).predict(Zb)
    return float(nmi(yb, p)), float(ari(yb, p)), int(len(np.unique(p)) < k)

@torch.no_grad()
def reps(est, X, names):
    "Candidate representations of `X` from one fitted VQ model"
    Xs, _ = est._prep(X); m = est.module_; m.eval(); out = {n: [] for n in names}
    for i in range(0, len(Xs), 256):
        xb = torch.from_numpy(np.ascontiguousarray(Xs[i:i + 256])).to(est.device_)
        _, zs = m.encode_continuous(xb); qs, idx, _ = m.quantize(zs)
        f = {'zq': lambda: torch.cat([q.flatten(1) for q in qs], 1),
             'ze': lambda: torch.cat([z.flatten(1) for z in zs], 1),
             'ze_mean': lambda: torch.cat([z.mean(-1).flatten(1) for z in zs], 1),
             'zq_mean': lambda: torch.cat([q.mean(-1).flatten(1) for q in qs], 1),
             'ze_meanmax': lambda: torch.cat([z.mean(-1).flatten(1) for z in zs] + [z.amax(-1).flatten(1) for z in zs], 1),
             'hist': lambda: torch.cat([F_hist(i_, est.n_codes) for i_ in idx], 1)}
        for n in names: out[n].append(f[n]().float().cpu().numpy())
    return {n: np.concatenate(v) for n, v in out.items()}

def F_hist(idx, K):
    h = torch.zeros(len(idx), K); h.scatter_add_(1, idx.flatten(1).cpu(), torch.ones(idx.flatten(1).shape)); return h / idx[0].numel()

def parse(c):
    name, _, kv = c.partition(':')
    return name, {k: ast.literal_eval(v) for k, v in (p.split('=', 1) for p in kv.split(',') if p)}

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='vqvae', choices=['vqvae', 'btvqvae'])
    ap.add_argument('--seeds', type=int, nargs='+', default=[0]); ap.add_argument('--sets', nargs='+', default=list(SUITE))
    ap.add_argument('--cfg', nargs='+', default=['default:']); ap.add_argument('--reps', nargs='+', default=['zq', 'ze', 'ze_mean', 'zq_mean', 'ze_meanmax', 'hist'])
    ap.add_argument('--baselines', action='store_true'); ap.add_argument('--out', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'vqvae_suite.csv'))
    a = ap.parse_args(); torch.set_num_threads(1)
    cls = {'vqvae': VQVAE, 'btvqvae': BTVQVAE}[a.model]
    cols = ['model', 'config', 'params', 'set', 'seed', 'rep', 'probe', 'nmi', 'ari', 'collapse', 'fit_s', 'epochs', 'perplexity', 'width']
    new = not os.path.exists(a.out); f = open(a.out, 'a', newline=''); w = csv.writer(f)
    if new: w.writerow(cols)
    jobs = [(s, n, c) for s in a.seeds for n in a.sets for c in a.cfg]; done = 0; t_all = time.time()
    for s in a.seeds:
        suite = tuning_suite(a.sets, seed=s)
        for name in a.sets:
            Xa, ya, Xb, yb = suite[name]
            T = max(len(x) for x in list(Xa) + list(Xb))                      # JapaneseVowels: both splits to the longest length
            Xa, Xb = equalize(list(Xa) if isinstance(Xa, list) else Xa, T), equalize(list(Xb) if isinstance(Xb, list) else Xb, T)
            k = len(np.unique(ya))
            if a.baselines:
                Ra, Rb = znorm(Xa), znorm(Xb)
                nn = float(KNeighborsClassifier(1).fit(Ra, ya).score(Rb, yb)); c = cluster(Ra, Rb, yb, k, s)
                w.writerow(['raw', 'baseline', '', name, s, 'raw', nn, *c, 0, 0, '', Ra.shape[1]]); f.flush()
            for cfg in a.cfg:
                cname, kw = parse(cfg)
                kw = dict(kw)
                if kw.get('hop') in ('half', 'quarter'):                          # hop = n_fft // 2 or // 4 on every set
                    kw['hop'] = max((kw.get('n_fft') or auto_fft(Xa.shape[1])) // {'half': 2, 'quarter': 4}[kw['hop']], 1)
                est = cls(random_state=s, **kw)
                t = time.perf_counter(); est.fit(Xa); t = time.perf_counter() - t
                R_a, R_b = reps(est, Xa, a.reps), reps(est, Xb, a.reps)
                ppl = float(np.mean([r['_perplexity'] for r in est.history_[-3:]]))
                for r in a.reps:
                    ok = np.isfinite(R_a[r]).all() and np.isfinite(R_b[r]).all()
                    pr = probe(R_a[r], ya, R_b[r], yb) if ok else np.nan
                    cl = cluster(R_a[r], R_b[r], yb, k, s) if ok else (np.nan, np.nan, 1)
                    w.writerow([a.model, cname, repr(kw), name, s, r, pr, *cl, round(t, 2), len(est.history_), round(ppl, 2), R_a[r].shape[1]])
                f.flush(); done += 1
                print(f'[{done}/{len(jobs)}] {time.time() - t_all:.0f}s seed {s} {name} {cname}: fit {t:.1f}s', flush=True)
