"""LSTM-VAE imputation on the tuning suite, against linear interpolation and PyPOTS SAITS / BRITS trained for the same wall time.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_lstm_vae_defaults/lstm_vae_suite.py --seeds 0 --configs default instance_norm --peers \
        --out benchmarks/studies/2026-11-30_lstm_vae_defaults/lstm_vae_suite_s0.csv

(`--peers` needs PyPOTS, BasicMotions and JapaneseVowels need aeon: `pip install -e ".[bench]"`.)
For each set of `tsae.bench.suite.tuning_suite` and seed s (the suite's seed and the model's `random_state`): each LSTMVAE
configuration (`CONFIGS`, defaults otherwise) is fitted on X_train; 30 % of X_test is hidden, MCAR
(`mask_mcar(X_test, 0.3, s)`) and in blocks (`mask_blocks(X_test, 0.3, 10, s)`), and each imputer fills it:
the model's `impute` (with and without MAP refinement, `refine`) and its refined decoded mean anchored
in other ways (`BRIDGES`: not at all, or with the residuals interpolated linearly), linear interpolation,
and (with `--peers`) SAITS and BRITS (on standardised series), each trained on X_train for the wall time of the first configuration's fit.
RMSE over the hidden points in z-units (divided by the per-channel std of X_train). JapaneseVowels (unequal
lengths) is resampled to its longest length (29) for every imputer. One row per (set, seed, config, imputer,
pattern) in the CSV (appended, so runs can be split); peers rows have config '-'."""
import argparse, time, warnings, logging
from pathlib import Path
import numpy as np, pandas as pd
from tsae.bench.suite import tuning_suite, SUITE
from tsae.impute import mask_mcar, mask_blocks, impute_linear
from tsae.input import Scaler
from tsae.lstm_vae import LSTMVAE, refine_z, bridge_residuals

CONFIGS = {'default': {}, 'instance_norm': {'series_norm': 'channel'}, 'mask_aug0': {'mask_aug': 0.},
           'mask_aug0.8': {'mask_aug': 0.8}, 'old': {'series_norm': False, 'epochs': 60}}
IMPUTES = {'impute': dict(), 'no_refine': dict(refine=0), 'anchor0_no_refine': dict(refine=0, anchor=False)}   # through `impute`
BRIDGES = {'anchor0': 0., 'linear_bridge': 1., 'centered': None}   # `rho` of `bridge_residuals` on the refined decoded mean (0: no anchoring, 1: linear interpolation of the residuals)

def decoded(est, Xm, refine=50):
    "The decoded mean of the refined z, scaled units (what `impute` anchors), and the scaled input"
    import torch
    net = est.module_; Xs, _ = est._prep(Xm)
    return est._batched(lambda xb: net.decode(refine_z(net, xb, refine, 0.05), xb.shape[1], net.stats(xb))[0], Xs), Xs

def equalize(X, T=None):
    "A list of `(length_i, C)` series resampled (linearly) to `T` points (the longest), as one array"
    if not isinstance(X, list): return np.asarray(X, np.float32)
    T = T or max(len(x) for x in X); out = []
    for x in X:
        s = np.linspace(0, len(x) - 1, T); out.append(np.stack([np.interp(s, np.arange(len(x)), x[:, c]) for c in range(x.shape[1])], -1))
    return np.asarray(out, np.float32)

def pypots_fit_impute(kind, Xtr, Xms, seconds, seed):
    "SAITS or BRITS trained on `Xtr` one epoch at a time until `seconds` have passed; returns the imputed arrays `Xms`, epochs and seconds"
    import torch
    from pypots.imputation import SAITS, BRITS
    torch.manual_seed(seed); np.random.seed(seed)            # pypots draws from the global RNGs (a benchmark script may seed them)
    T, C = Xtr.shape[1:]
    m = (SAITS(n_steps=T, n_features=C, n_layers=2, d_model=64, n_heads=4, d_k=16, d_v=16, d_ffn=128, dropout=0.1, epochs=1, batch_size=32, verbose=False, device='cpu')
         if kind == 'saits' else BRITS(n_steps=T, n_features=C, rnn_hidden_size=64, epochs=1, batch_size=32, verbose=False, device='cpu'))
    t0 = time.time(); ep = 0
    while True:
        m.fit({'X': Xtr}); ep += 1
        if time.time() - t0 >= seconds: break
    sec = time.time() - t0
    return [np.where(np.isnan(Xm), m.predict({'X': Xm})['imputation'], Xm) for Xm in Xms], ep, sec

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--sets', nargs='*', default=list(SUITE)); ap.add_argument('--seeds', nargs='*', type=int, default=[0])
    ap.add_argument('--configs', nargs='*', default=['default']); ap.add_argument('--peers', action='store_true')
    ap.add_argument('--out', default=str(Path(__file__).parent / 'lstm_vae_suite.csv'))
    a = ap.parse_args(); out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    logging.disable(logging.WARNING); warnings.filterwarnings('ignore')
    for seed in a.seeds:
        for name in a.sets:
            Xtr, _, Xte, _ = tuning_suite([name], seed=seed)[name]
            T = max(len(x) for x in Xtr + Xte) if isinstance(Xtr, list) else None
            Xtr, Xte = equalize(Xtr, T), equalize(Xte, T)
            sd = Scaler().fit(Xtr).std_
            masks = {'mcar': mask_mcar(Xte, 0.3, seed), 'blocks': mask_blocks(Xte, 0.3, 10, seed)}
            rows = []
            def rmse(Xi, miss): return float(np.sqrt(np.mean((((Xi - Xte) / sd)[miss]) ** 2)))
            for pat, (Xm, miss) in masks.items():
                rows.append(dict(set=name, seed=seed, config='-', imputer='linear', pattern=pat, rmse=rmse(impute_linear(Xm), miss)))
            budget = None
            for cfg in a.configs:
                t0 = time.time(); est = LSTMVAE(random_state=seed, **CONFIGS[cfg]).fit(Xtr); fit_s = time.time() - t0
                budget = budget or fit_s
                for imp, kw in IMPUTES.items():
                    for pat, (Xm, miss) in masks.items():
                        t1 = time.time(); Xi = est.impute(Xm, **kw)
                        rows.append(dict(set=name, seed=seed, config=cfg, imputer=imp, pattern=pat, rmse=rmse(Xi, miss),
                                         fit_s=round(fit_s, 1), steps=len(est.history_), impute_s=round(time.time() - t1, 2)))
                for pat, (Xm, miss) in masks.items():
                    M, Xs = decoded(est, Xm)
                    for imp, rho in BRIDGES.items():
                        F = M + bridge_residuals(Xs - M, rho) if rho else M
                        if imp == 'centered':                   # the AR(1) bridge around each series' mean residual (a screening variant)
                            mu = np.nanmean(Xs - M, axis=1, keepdims=True); F = M + mu + bridge_residuals(Xs - M - mu)
                        Xi = np.where(np.isnan(Xm), est.scaler_.inverse_transform(F).reshape(Xm.shape), Xm)
                        rows.append(dict(set=name, seed=seed, config=cfg, imputer=imp, pattern=pat, rmse=rmse(Xi, miss), fit_s=round(fit_s, 1), steps=len(est.history_)))
                print(f"{name} seed {seed} {cfg}: fit {fit_s:.0f}s", {(r['imputer'], r['pattern']): round(r['rmse'], 3) for r in rows if r['config'] == cfg}, flush=True)
            if a.peers:
                sc = Scaler().fit(Xtr)                              # the peers learn standardised series, as PyPOTS expects
                for kind in ('saits', 'brits'):
                    Xis, ep, sec = pypots_fit_impute(kind, sc.transform(Xtr), [sc.transform(Xm) for Xm, _ in masks.values()], budget, seed)
                    Xis = [sc.inverse_transform(Xi).reshape(Xm.shape) for Xi, (Xm, _) in zip(Xis, masks.values())]
                    for (pat, (Xm, miss)), Xi in zip(masks.items(), Xis):
                        rows.append(dict(set=name, seed=seed, config='-', imputer=kind, pattern=pat, rmse=rmse(Xi, miss), fit_s=round(sec, 1), steps=ep))
                print(f"{name} seed {seed} peers:", {(r['imputer'], r['pattern']): round(r['rmse'], 3) for r in rows if r['config'] == '-'}, flush=True)
            pd.DataFrame(rows).to_csv(out, mode='a', header=not out.exists(), index=False)
