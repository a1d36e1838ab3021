"""The LSTM-VAE studies (nbs/02s_lstm_vae_studies) at the size the models are meant for (sized for a GPU).

    python benchmarks/lstm_vae_full.py OUT_DIR [epochs] [n_study]   # defaults: 150 epochs per model, 200 test series in the study

The studies' steps: sines (4000 training, 400 held-out series of length 100, noise 0.05),
an LSTM-VAE with one z per series and one with a z_t per step, an LSTM-AE trained on the complete series;
anomaly ROC-AUC per kind, score and injection seed (0, 10, 20); the imputation study (3 masking seeds) with
the LSTM-AE run on every imputed input. Writes to OUT_DIR:

    lstm_vae_full_fits.csv        one row per model: epochs run, seconds, test R², device
    lstm_vae_full_auc.csv         one row per (model, score method, injection seed): ROC-AUC per kind, per series and per step
    lstm_vae_full_imputation.csv  `tsae.lstm_vae_studies.imputation_study`'s raw rows (RMSE and the LSTM-AE's MSE per pattern, rate, seed, method)

and prints the summaries. Small arguments (e.g. `2 10`) make it a quick check of the script on a CPU."""
import sys, time
from pathlib import Path
import pandas as pd
from tsae.data import make_sines
from tsae.lstm_ae import LSTMAE
from tsae.lstm_vae import LSTMVAE
from tsae.lstm_vae_studies import anomaly_auc, imputation_study, summarize_study

if __name__ == '__main__':
    if len(sys.argv) < 2: raise SystemExit(__doc__)
    out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    n_study = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    X, _ = make_sines(4000, 100, noise=0.05, seed=0)
    X_test, _ = make_sines(400, 100, noise=0.05, seed=1)
    models, fits = {}, []
    for name, est in (('lstm_vae', LSTMVAE(epochs=epochs, random_state=0)),
                      ('lstm_vae_step', LSTMVAE(latent_per='step', epochs=epochs, random_state=0)),
                      ('lstm_ae', LSTMAE(epochs=epochs, random_state=0, verbose=False))):
        t0 = time.time(); models[name] = est.fit(X)
        fits.append(dict(model=name, epochs=len(est.history_), seconds=round(time.time() - t0, 1),
                         r2=float(est.score(X_test)), device=str(est.device_)))
        print(fits[-1], flush=True)
    pd.DataFrame(fits).to_csv(out / 'lstm_vae_full_fits.csv', index=False)
    rows = [dict(model=name, method=m, seed=10 * s, **anomaly_auc(models[name], X_test, seed=10 * s, method=m, per_step=True))
            for name in ('lstm_vae', 'lstm_vae_step') for m in ('nll', 'state') for s in range(3)]
    auc = pd.DataFrame(rows); auc.to_csv(out / 'lstm_vae_full_auc.csv', index=False)
    print('lowest per-series ROC-AUC over the 3 injection seeds:')
    print(auc.groupby(['model', 'method'])[['spike', 'level_shift', 'frequency', 'noise_burst', 'flatline']].min().round(3).to_string())
    t0 = time.time()
    study = imputation_study({'lstm_vae': models['lstm_vae'], 'lstm_vae_step': models['lstm_vae_step']}, X_test[:n_study],
                             ae=models['lstm_ae'], n_jobs=-1)
    study.to_csv(out / 'lstm_vae_full_imputation.csv', index=False)
    print(f'imputation study, {n_study} test series: {time.time() - t0:.0f}s')
    print(summarize_study(study).to_string()); print(summarize_study(study, 'ae_mse').to_string())
