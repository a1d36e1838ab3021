"""LSTM-VAE imputation: ways of anchoring the decoded mean to the observed neighbours, on the quality benchmark's protocol.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_lstm_vae_bridge/lstm_vae_bridge_screen.py BasicMotions,ItalyPowerDemand,cbf,synthetic_control_drift OUT_a.jsonl
    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_lstm_vae_bridge/lstm_vae_bridge_screen.py GunPoint,cbf_drift,synthetic_control,two_patterns,wave_families OUT_b.jsonl   # at the same time

(BasicMotions needs aeon: `pip install -e ".[bench]"`.) Same sets, seeds (0, 1, 2), model (`tsae.bench.quality._model('lstm_vae', ...)`, the defaults), masks and RMSE unit as
`tsae bench quality`; the decoded mean of the refined z is computed once per mask and anchored four ways:
  acf        `bridge_residuals` as `impute` does it: the residuals' own autocorrelation at every lag
  ar1        an AR(1) with rho = the lag-1 autocorrelation of the residuals, per series and channel (the bridge
             `impute` used before `acf`)
  noise      residuals as AR(1) plus white noise: rho = acf(2) / acf(1), the bridge shrunk by acf(1) / rho
  noise_rho  rho = acf(2) / acf(1), not shrunk
  none       the decoded mean alone
Results: lstm_vae_bridge_screen.csv beside this script (the two outputs concatenated)."""
import sys, json, time, warnings, numpy as np
warnings.filterwarnings('ignore')
from tsae.bench.suite import tuning_suite
from tsae.bench.quality import _masks, _rmse, _model
from tsae.lstm_vae import refine_z, bridge_residuals, residual_autocorr, _pair_corr

def acf_pairs(v, m, lag):
    "Correlation of the pairs `lag` apart observed at both ends (NaN with fewer than 2 pairs): `_pair_corr` of `tsae.lstm_vae`"
    ok = ~m[:-lag] & ~m[lag:]; return _pair_corr(v[:-lag][ok], v[lag:][ok])

def bridge_ar1(R):
    "AR(1) bridge with rho = the lag-1 autocorrelation of each series and channel"
    R = np.array(R, np.float64); out = R.copy(); miss = np.isnan(R)
    for i, c in zip(*np.nonzero(miss.any(1))):
        m = miss[i, :, c]; rho = residual_autocorr(np.where(m, 0., R[i, :, c]), m, 1)[1]
        out[i, :, c] = bridge_residuals(R[i:i+1, :, c:c+1], rho=rho)[0, :, 0]
    return out.astype(np.float32)

def bridge_noise(R, shrink=True):
    "AR(1) plus white noise: rho from the ratio of lag-2 to lag-1 autocorrelation, the bridge shrunk by acf1/rho"
    R = np.array(R, np.float64); out = R.copy(); miss = np.isnan(R)
    for i, c in zip(*np.nonzero(miss.any(1))):
        m = miss[i, :, c]; v = np.where(m, 0., R[i, :, c])
        r1, r2 = acf_pairs(v, m, 1), acf_pairs(v, m, 2)
        if np.isnan(r1) or np.isnan(r2) or r1 <= 0: rho, k = None, 1.
        else:
            rho = min(max(r2 / r1, 0.), 1 - 1e-6); k = min(max(r1 / rho, 0.), 1.) if rho > 0 else 0.
        b = bridge_residuals(R[i:i+1, :, c:c+1], rho=rho)[0, :, 0]
        out[i, m, c] = (k if shrink else 1.) * b[m]
    return out.astype(np.float32)

if __name__ == '__main__':
    if sys.argv[1:2] in (['-h'], ['--help']): print(__doc__); sys.exit()
    if len(sys.argv) != 3: raise SystemExit(__doc__)
    sets = sys.argv[1].split(','); out = open(sys.argv[2], 'a')
    for seed in (0, 1, 2):
        for name in sets:
            Xtr, ytr, Xte, yte = tuning_suite([name], seed=seed)[name]
            masks, sd = _masks(Xte, seed), float(np.std(Xtr))
            est = _model('lstm_vae', seed, len(np.unique(ytr))); est.fit(Xtr); net = est.module_
            for mask, (Xm, miss) in masks.items():
                Xs, _ = est._prep(Xm)
                full = est._batched(lambda xb: net.decode(refine_z(net, xb, 50, 0.05), xb.shape[1], net.stats(xb))[0], Xs)
                Rres = Xs - full
                for v, f in (('acf', lambda R: bridge_residuals(R)), ('ar1', bridge_ar1), ('noise', lambda R: bridge_noise(R)), ('noise_rho', lambda R: bridge_noise(R, False)), ('none', lambda R: np.zeros_like(R))):
                    filled = est.scaler_.inverse_transform(full + np.nan_to_num(f(Rres)))
                    r = _rmse(np.where(np.isnan(Xm), filled.reshape(Xm.shape), Xm), Xte, miss, sd)
                    out.write(json.dumps({'set': name, 'seed': seed, 'variant': v, 'mask': mask, 'rmse': r}) + '\n'); out.flush()
            print(name, seed, flush=True)
