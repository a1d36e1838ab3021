"""Two Patterns at UCR's split sizes: plain VQ-VAE (bt_weight 0) against BT-VQ-VAE with the thesis's augmentations,
probed at several optimizer steps of one run each (warm resume from a training checkpoint; constant learning rate,
so a resumed run is the run that would have gone on).

    OMP_NUM_THREADS=1 python run.py plain:0 bt_warp:0 ... [--steps 250,500,1000] [--out results.csv] [--tsae-from 1000]
"""
import sys, time, os, argparse, tempfile, csv
from pathlib import Path
import numpy as np
from tsae.synth import make_two_patterns
import torch
from tsae.barlow import BTVQVAE, BTVQVAENet, projector
from tsae.metrics import probe_scores
from tsae.bench.barlow_studies import quantized_means, thesis_probe

# as close to the thesis's stage 1 as a CPU budget allows (see README.md for what differs)
BASE = dict(latent_dim=64, n_codes=32, n_fft=8, hop=4, n_down=2, hidden=32, n_res=1, commitment_weight=1., decay=0.9,
            series_norm=False, batch_size=128, lr=1e-3, weight_decay=1e-3, proj_dims=(512, 512, 512), aug_views=1,
            pool=None, series_stats=False, time_branch=False)   # `transform`: every frame, and no time branch, as when the study ran
CONFIGS = {'plain': dict(bt_weight=0.), 'bt_warp': dict(augs=('amplitude', 'warp')),
           'bt_slice': dict(augs=('amplitude', 'slice')), 'bt_gauss': dict(augs=('amplitude', 'gauss')),
           'bt_warp_gmax': dict(augs=('amplitude', 'warp'))}
BIG = dict(hidden=64, n_res=4, hop=2, n_down=3)   # the thesis's encoder: 64 channels, 4 residual blocks, 65 frames halved three times
CONFIGS.update({f'{k}_big': {**v, **BIG} for k, v in list(CONFIGS.items()) if k in ('plain', 'bt_warp')})

class _GmaxNet(BTVQVAENet):
    "The Barlow Twins term on the continuous latents' maximum over frequency and time, as the thesis's projector pools them"
    def pooled(self, x):
        _, zs = self.encode_continuous(x)
        return torch.cat([z.amax((2, 3)) for z in zs], 1)               # (bs, latent_dim * branches)

class BTGmax(BTVQVAE):
    "`BTVQVAE` whose Barlow Twins term reads `_GmaxNet.pooled` (the thesis's placement) instead of the latents averaged over time, rows kept"
    def _build_module(self, n_channels, length):
        m = super()._build_module(n_channels, length); m.__class__ = _GmaxNet
        m.projector = projector(m.latent_dim * (2 if m.split else 1), tuple(self.proj_dims))
        return m

CLASSES = {'bt_warp_gmax': BTGmax}

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('runs', nargs='+'); ap.add_argument('--steps', default='250,500,1000')
    ap.add_argument('--out', default=str(Path(__file__).with_name('results.csv')))
    ap.add_argument('--tsae-from', type=int, default=None, help="tsae's probe at every step from this one (default: the last only)"); a = ap.parse_args()
    steps = [int(s) for s in a.steps.split(',')]
    Xtr, ytr = make_two_patterns(1000, length=128, seed=0); Xte, yte = make_two_patterns(4000, length=128, seed=1)
    for run in a.runs:
        name, seed = run.split(':'); seed = int(seed)
        est = CLASSES.get(name, BTVQVAE)(**{**BASE, **CONFIGS[name]}, random_state=seed); est.schedule = 'constant'
        ck = Path(tempfile.mkdtemp()) / 'ck.pt'; train_s = 0.
        for i, n in enumerate(steps):
            est.max_steps = n; t = time.time()
            est.fit(Xtr, checkpoint=ck, resume=ck if i else None); train_s += time.time() - t
            t = time.time()
            th = thesis_probe(quantized_means(est, Xtr), ytr, quantized_means(est, Xte), yte)
            ts = (probe_scores(est.transform(Xtr), ytr, est.transform(Xte), yte, ks=(5,)) if n == steps[-1] or (a.tsae_from is not None and n >= a.tsae_from)   # slow (2,880 features)
                  else {'svm': np.nan, 'knn5': np.nan})
            row = dict(config=name, seed=seed, steps=n, train_s=round(train_s, 1),
                       thesis_svm=th['svm'], thesis_knn5=th['knn5'], tsae_svm=ts['svm'], tsae_knn5=ts['knn5'],
                       eval_s=round(time.time() - t, 1))
            print(row, flush=True)
            new = not os.path.exists(a.out)
            with open(a.out, 'a', newline='') as f:
                w = csv.DictWriter(f, fieldnames=list(row)); new and w.writeheader(); w.writerow(row)

if __name__ == '__main__': main()
