import time, json, torch, numpy as np, tempfile
from pathlib import Path
from tsae.layers import LinearAENet
from tsae.estimator import LinearAE
from tsae.runtime import seeded
from tsae.train import fit_module, load_train_checkpoint
from tsae.vqvae import VQVAE
from tsae.vqvae_studies import bench_vqvae
print(torch.__version__, torch.cuda.get_device_name(0), 'bf16', torch.cuda.is_bf16_supported())
rng = np.random.default_rng(0); t = np.linspace(0, 1, 100)
X = (rng.normal(size=(200_000, 1)) * np.sin(2*np.pi*t) + rng.normal(size=(200_000, 1)) * np.cos(2*np.pi*t))[..., None].astype(np.float32)
res = {}
for amp in (False, True):
    with seeded(0): m = LinearAENet(length=100, n_channels=1, latent_dim=2)
    fit_module(m, X[:4096], epochs=1, batch_size=512, device='cuda', amp=amp, seed=0, verbose=False)   # warm-up
    torch.cuda.synchronize(); t0 = time.perf_counter()
    h = fit_module(m, X, epochs=3, batch_size=512, lr=1e-2, device='cuda', amp=amp, seed=0, verbose=False)
    torch.cuda.synchronize(); res[f'amp={amp}'] = {'s_per_epoch': (time.perf_counter()-t0)/3, 'train_loss': h[-1]['train_loss']}
e = LinearAE(latent_dim=2, epochs=5, batch_size=512, random_state=0, device='cuda').fit(X[:50000])
res['estimator_cuda_amp_score'] = e.score(X[50000:60000]); res['device'] = str(e.device_)
d = Path(tempfile.mkdtemp()); np.save(d/'X.npy', X)
e2 = LinearAE(latent_dim=2, epochs=2, batch_size=512, random_state=0, device='cuda').fit(str(d/'X.npy'), checkpoint=d/'ck.pt')
ck = load_train_checkpoint(d/'ck.pt'); res['memmap_cuda_score'] = e2.score(X[:10000]); res['ck_epoch'] = ck['state']['epoch']
e3 = LinearAE(latent_dim=2, epochs=3, batch_size=512, random_state=0, device='cuda').fit(str(d/'X.npy'), resume=d/'ck.pt')
res['resumed_epochs'] = len(e3.history_)
# VQ-VAE on CUDA: mixed precision (the quantizer computes in float32), codes, scores, throughput
v = VQVAE(latent_dim=8, n_codes=64, hidden=32, epochs=3, batch_size=256, random_state=0, device='cuda').fit(X[:20000])
res['vqvae_cuda_score'] = v.score(X[20000:22000]); res['vqvae_codes'] = list(v.codes(X[:2]).shape)
res['vqvae_perplexity'] = v.history_[-1]['_perplexity']
res['vqvae_bench'] = bench_vqvae(seconds=20, n=8192, length=128, batch_size=256, device='cuda', latent_dim=16, n_codes=64, hidden=64)
print(json.dumps(res, indent=1))
