"""The longer view for the representation alone: one more halving of the frame axis after the STFT encoder, read by
`transform` and trained by the Barlow Twins term, while the codebook and the decoder keep the shipped `n_down=2`.

`run.py` found that `n_down=3` (one more strided convolution and residual block in the encoder, so the decoder rebuilds
the series from half as many frames) probes better and reconstructs worse. Here the extra halving is a head beside the
quantiser: `ReLU, Conv2d(latent_dim, hidden, (3, 4), stride (1, 2)), ResBlock(hidden), ReLU, Conv2d(hidden, latent_dim, 1)`
on each branch's encoder outputs (`n_down=3`'s extra stage, and back to `latent_dim` channels), the frame axis padded
with zeros to an even length first. `pooled` (what the Barlow Twins term sees) and `transform` summarise the head's
outputs in place of the encoder's (`--variant head_both`: `transform` reads the encoder's outputs and the head's, the same fit otherwise,
rows in `results_head_both.csv`); the time branch is as shipped. One row per (set, seed): the reconstruction R²
(`score`) on both splits, the linear probe and the RBF-SVM probe, the fit's seconds; appended to the result file.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-12-08_depth_reconstruction/head.py --seeds 0   # and, at the same time, --seeds 1; --variant head_both likewise
"""
import sys
from pathlib import Path
import torch
from torch import nn
import torch.nn.functional as F
from sklearn.metrics import accuracy_score
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import run_variants
from tsae.barlow import BTVQVAE, BTVQVAENet
from tsae.vqvae import VQVAENet, ResBlock, pool_frames, series_stats
from tsae.bench.peers import linear_probe, svm_probe

OUT = lambda variant: Path(__file__).parent / ('results_head_both.csv' if variant == 'head_both' else 'results_head.csv')
VARIANTS = {'head': {}, 'head_both': {}}   # the same fit: `head_both` reads the encoder's outputs beside the head's

class HeadNet(BTVQVAENet):
    "The shipped network, and a head that halves each branch's frames once more for `pooled` and `encode`"
    def _heads(self, x):
        _, zs = self.encode_continuous(x)
        return [hd(F.pad(z, (0, z.shape[-1] % 2))) for hd, z in zip(self.heads, zs)]
    def pooled(self, x):
        z = torch.cat([h.mean(-1).flatten(1) for h in self._heads(x)], 1)
        return z if self.tb is None else torch.cat([z, self.time_features(x).mean(-1).flatten(1)], 1)
    def encode(self, x, pool=None, stats=False, extremes=False):
        if pool is None: return super().encode(x, pool, stats)
        parts = [pool_frames(h, pool) for h in self._heads(x)]
        if getattr(self, 'both', False): parts = [VQVAENet.encode(self, x, pool)] + parts   # the encoder's outputs too
        if self.tb is not None: parts.append(pool_frames(self.time_features(x), pool))
        return torch.cat(parts + ([series_stats(x)] if stats else []), 1)

class HeadBTVQVAE(BTVQVAE):
    "The shipped estimator, with `HeadNet`"
    def _build_module(self, n_channels, length):
        net = super()._build_module(n_channels, length); net.__class__ = HeadNet   # the shipped modules, then the heads
        d, h = net.latent_dim, self.hidden
        net.heads = nn.ModuleList([nn.Sequential(nn.ReLU(), nn.Conv2d(d, h, (3, 4), stride=(1, 2), padding=(1, 1)), ResBlock(ch=h), nn.ReLU(), nn.Conv2d(h, d, 1))
                                   for _ in net.branches])
        return net

def measure(m, variant, Xtr, ytr, Xte, yte, seed):
    "The reconstruction R² on both splits, and both probes on `transform` as the variant reads it"
    m.module_.both = variant == 'head_both'; A, B = m.transform(Xtr), m.transform(Xte)
    return dict(r2_train=round(m.score(Xtr), 4), r2_test=round(m.score(Xte), 4), dims=A.shape[1],
                linear=round(accuracy_score(yte, linear_probe(A, ytr, B, seed)), 4), svm=round(accuracy_score(yte, svm_probe(A, ytr, B, seed)), 4))

if __name__ == '__main__': run_variants(OUT, VARIANTS, default='head', measure=measure, est=HeadBTVQVAE)
