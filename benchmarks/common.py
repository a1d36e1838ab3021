"""Helpers shared by the study scripts under `benchmarks/studies/` (one copy, instead of scripts importing each other).

A study script is run as `python benchmarks/studies/<folder>/<script>.py ...` from the repository root (or from anywhere:
the path is taken from the script's own location). A script that needs this module puts the repository root on
`sys.path` in one line at its top and imports `benchmarks.common`:

    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
    from benchmarks.common import scores

`benchmarks/` has no `__init__.py` on purpose: `setuptools.find_packages()` in setup.py would otherwise ship it in
the wheel; `benchmarks.common` is found as a namespace package."""
import time
import numpy as np

__all__ = ['scores', 'ms', 'part_times']

# --- clustering on the tuning suite (dvesom_defaults/dvesom_suite.py, dvesom_screen/dvesom_screen.py) ---

def scores(y, p, k) -> dict:
    "NMI and ARI of the clusters `p` against the classes `y`; 'collapse' when fewer than the `k` clusters are used"
    from sklearn.metrics import normalized_mutual_info_score as nmi, adjusted_rand_score as ari
    sizes = np.unique(p, return_counts=True)[1]
    return {'nmi': nmi(y, p), 'ari': ari(y, p), 'n_test_clusters': len(sizes), 'collapse': len(sizes) < k,
            'min_share': sizes.min() / len(p) if len(sizes) >= k else 0.}   # the smallest of the k clusters' share of the test series

# --- where a DVESOM training step spends its time (dvesom_cpu_speed/dvesom_parts.py and dvesom_bench_cpu.py) ---

def ms(f, n) -> float:
    "Fastest of `n` timed calls of `f`, in milliseconds (the least disturbed by other work on the machine)"
    f()                                                                       # warm-up
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return min(ts) * 1000

def part_times(batch=128, length=128, hidden=64, latent=8, reps=15) -> dict:
    "Milliseconds per forward + backward of each part (fastest of `reps`), and the bound on the fused/loop training ratio"
    import torch
    from tsae.dvesom import DVESOMNet
    from tsae.bench.dvesom_studies import LoopDecoderNet
    torch.manual_seed(0); x = torch.randn(batch, length, 1); z = torch.randn(batch, latent)
    kw = dict(length=length, n_channels=1, latent_dim=latent, hidden=hidden)
    net, loop = DVESOMNet(**kw), LoopDecoderNet(**kw)
    parts = {'encoder': lambda: net.encode_stats(x)[0].sum().backward(),
             'fused_decoder': lambda: net.decode(z).sum().backward(),
             'loop_decoder': lambda: loop.decode(z).sum().backward(),
             'full_step': lambda: sum(v for k, v in net.loss(x).items() if not k.startswith('_')).backward()}
    t = {f'{k}_ms': ms(f, reps) for k, f in parts.items()}
    return {'batch': batch, 'length': length, 'hidden': hidden, 'latent': latent, 'reps': reps, **t,
            'decoder_speedup': t['loop_decoder_ms'] / t['fused_decoder_ms'],
            'ratio_bound': (t['encoder_ms'] + t['loop_decoder_ms']) / t['encoder_ms']}
