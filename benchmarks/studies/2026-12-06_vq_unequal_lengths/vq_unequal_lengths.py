"""Series of different lengths in the STFT VQ-VAE: resampling inside the estimator against masking the padded frames.

Linear-probe accuracy (`tsae.metrics.probe_scores`, linear SVM and 1-NN on the training codes, scored on the test codes) of
- hand:     each series resampled by hand (linear interpolation) to the longest training length, then `VQVAE` as it was
- resample: the list given to `VQVAE` itself, which resamples inside (the chosen mechanism)
- resample_pooled: the same fit, its codes averaged over time (to tell the effect of pooling from that of masking)
- masked:   the series NaN-padded, the padding zeroed after per-series normalisation, the loss over each series' own steps
            and STFT frames only, and each series' code the mean of its encoder outputs over its own frames only
on JapaneseVowels (aeon's copy, lengths 7 to 29, 12 channels) and on made sets cropped to random lengths 60 to 128.
Run: OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-06_vq_unequal_lengths/vq_unequal_lengths.py  (about 5 min on one thread)
"""
import os, sys, time, math
os.environ.setdefault('OMP_NUM_THREADS', '1')
from pathlib import Path
import numpy as np, torch, pandas as pd
import torch.nn.functional as F
torch.set_num_threads(1)
from tsae.vqvae import VQVAE, VQVAENet, resample_series
from tsae.estimator import TSEstimator
from tsae.input import pad_series
from tsae.synth import make_cbf, make_two_patterns, make_sines, FAMILIES
from tsae.metrics import probe_scores

HERE = Path(__file__).parent
STEPS = int(os.environ.get('STEPS', 300))
SEEDS = [int(s) for s in os.environ.get('SEEDS', '0,1').split(',')]

class MaskedNet(VQVAENet):
    "VQVAENet that reads NaN-padded series: per-series statistics, the padding zeroed, losses and codes over each series' own steps and frames"
    def _normalize(self, x):
        x = x.float(); m = ~torch.isnan(x); n = m.sum(1, keepdim=True).clamp(min=1)
        mu = torch.where(m, x, 0.).sum(1, keepdim=True) / n
        sd = (torch.where(m, x - mu, 0.) ** 2).sum(1, keepdim=True).div(n).sqrt() + 1e-5
        return torch.where(m, (x - mu) / sd, 0.), (mu, sd)
    def _lengths(self, x): return (~torch.isnan(x).all(2)).sum(1)                    # (bs,) padding sits at the end
    def loss(self, x):
        m = ~torch.isnan(x); xn, _ = self._normalize(x)
        x_hat, u, uh, idx, parts = self._run(xn)
        fm = (torch.arange(self.n_frames)[None] * self.hop < self._lengths(x)[:, None]).float()[:, None, None]   # frames centred inside the series
        d = (torch.cat(uh, 2).float() - u) ** 2
        return {'rec_time': ((x_hat - xn) ** 2)[m].mean(), 'rec_freq': (d * fm).sum() / (fm.sum() * d.shape[1] * d.shape[2]),
                'commit': sum(p['commit'] for p in parts), '_perplexity': sum(p['_perplexity'] for p in parts) / len(parts)}
    def encode(self, x):
        xn, _ = self._normalize(x); _, zs = self._encode(xn)
        nf = 1 + (self._lengths(x) - 1) // self.hop + 1                             # own frames
        ntok = torch.ceil(nf.float() / 2 ** self.n_down).clamp(min=1)
        out = []
        for z in zs:
            tm = (torch.arange(z.shape[-1])[None] < ntok[:, None]).float()[:, None, None]
            out.append(((z * tm).sum(-1) / ntok[:, None, None]).flatten(1))
        return torch.cat(out, 1)
    def reconstruct(self, x):
        xn, (mu, sd) = self._normalize(x); xh = self._run(xn)[0] * sd + mu
        return torch.where(torch.isnan(x), torch.nan, xh)

class MaskedVQVAE(VQVAE):
    _fixed_length = False
    fit, _prep, _unscale = TSEstimator.fit, TSEstimator._prep, TSEstimator._unscale     # no resampling: the padded array goes to the module
    def _build_module(self, n_channels, length): return MaskedNet(length=length, n_channels=n_channels, **self._module_kwargs())

def crop(X, lo, hi, seed):
    "Each series of `X` (n, T) cropped to a random window of lo..hi steps"
    rng = np.random.default_rng(seed); out = []
    for x in X:
        l = int(rng.integers(lo, hi + 1)); s = int(rng.integers(0, len(x) - l + 1)); out.append(x[s:s + l, None])
    return out

def datasets():
    out = {}
    try:
        from tsae.bench.suite import tuning_suite
        out['JapaneseVowels'] = tuning_suite(['JapaneseVowels'])['JapaneseVowels']
    except Exception as e: print(f'JapaneseVowels not available offline: {e}')
    for name, make, kw in [('cbf_crop', make_cbf, {}), ('two_patterns_crop', make_two_patterns, {}),
                           ('waves_crop', make_sines, dict(kinds=FAMILIES, noise=0.1))]:
        (Xa, ya), (Xb, yb) = make(200, 128, seed=0, **kw), make(200, 128, seed=1, **kw)
        out[name] = (crop(Xa, 60, 128, 10), ya, crop(Xb, 60, 128, 11), yb)
    return out

def pad_to(S, T):
    P, L = pad_series(S)
    if P.shape[1] < T: P = np.concatenate([P, np.full((len(P), T - P.shape[1], P.shape[2]), np.nan, np.float32)], 1)
    return P, L

def main():
    rows = []
    for name, (Xa, ya, Xb, yb) in datasets().items():
        Pa, La = pad_series(Xa); Pb, Lb = pad_series(Xb); T = Pa.shape[1]
        Ha, Hb = resample_series(Pa, La, T), resample_series(Pb, Lb, T)
        print(f'{name}: {len(Xa)}/{len(Xb)} series, lengths {La.min()}-{La.max()}, {Pa.shape[2]} channel(s)', flush=True)
        for seed in SEEDS:
            kw = dict(max_steps=STEPS, random_state=seed)
            def rec(method, Za, Zb, t, extra=None):
                p = probe_scores(Za, ya, Zb, yb)
                rows.append(dict(set=name, method=method, seed=seed, svm=p['svm'], knn1=p['knn1'], features=Za.shape[1], fit_s=round(t, 1), **(extra or {})))
                print(f"  seed {seed} {method:16s} svm {p['svm']:.3f} 1-NN {p['knn1']:.3f} ({Za.shape[1]} features, {t:.1f} s)", flush=True)
            t = time.time(); e = VQVAE(**kw).fit(Ha); th = time.time() - t
            rec('hand', e.transform(Ha), e.transform(Hb), th)
            t = time.time(); e = VQVAE(**kw).fit(Xa); tr = time.time() - t
            Za, Zb = e.transform(Xa), e.transform(Xb)
            rec('resample', Za, Zb, tr, dict(r2_train=e.score(Xa)))
            pool = lambda Z: Z.reshape(len(Z), e.latent_dim * e.module_.n_freq, -1).mean(-1)
            rec('resample_pooled', pool(Za), pool(Zb), tr)
            Tm = max(T, Pb.shape[1]); Ma, _ = pad_to(Xa, Tm); Mb, _ = pad_to(Xb, Tm)
            t = time.time(); m = MaskedVQVAE(**kw).fit(Ma); tm = time.time() - t
            rec('masked', m.transform(Ma), m.transform(Mb), tm, dict(r2_train=m.score(Ma)))
    df = pd.DataFrame(rows); df.to_csv(HERE / 'vq_unequal_lengths.csv', index=False)
    print(df.groupby(['set', 'method'])[['svm', 'knn1']].mean().round(3).to_string())

if __name__ == '__main__': main()
