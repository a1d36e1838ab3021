import time, json, torch, numpy as np, tempfile
from pathlib import Path
from tsae.train import LinearAE, LinearAEEstimator, fit_module, load_train_checkpoint
print(torch.__version__, torch.cuda.get_device_name(0), 'bf16', torch.cuda.is_bf16_supported())
rng = np.random.default_rng(0); t = np.linspace(0, 1, 100)
X = (rng.normal(size=(200_000, 1)) * np.sin(2*np.pi*t) + rng.normal(size=(200_000, 1)) * np.cos(2*np.pi*t))[..., None].astype(np.float32)
res = {}
for amp in (False, True):
    torch.manual_seed(0); m = LinearAE(100, 1, 2)
    fit_module(m, X[:4096], epochs=1, batch_size=512, device='cuda', amp=amp, seed=0, verbose=False)   # warm-up
    torch.cuda.synchronize(); t0 = time.perf_counter()
    h = fit_module(m, X, epochs=3, batch_size=512, lr=1e-2, device='cuda', amp=amp, seed=0, verbose=False)
    torch.cuda.synchronize(); res[f'amp={amp}'] = {'s_per_epoch': (time.perf_counter()-t0)/3, 'train_loss': h[-1]['train_loss']}
e = LinearAEEstimator(latent_dim=2, epochs=5, batch_size=512, random_state=0, device='cuda').fit(X[:50000])
res['estimator_cuda_amp_score'] = e.score(X[50000:60000]); res['device'] = str(e.device_)
d = Path(tempfile.mkdtemp()); np.save(d/'X.npy', X)
e2 = LinearAEEstimator(latent_dim=2, epochs=2, batch_size=512, random_state=0, device='cuda').fit(str(d/'X.npy'), checkpoint=d/'ck.pt')
ck = load_train_checkpoint(d/'ck.pt'); res['memmap_cuda_score'] = e2.score(X[:10000]); res['ck_epoch'] = ck['epoch']
e3 = LinearAEEstimator(latent_dim=2, epochs=3, batch_size=512, random_state=0, device='cuda').fit(str(d/'X.npy'), resume=d/'ck.pt')
res['resumed_epochs'] = len(e3.history_)
print(json.dumps(res, indent=1))
