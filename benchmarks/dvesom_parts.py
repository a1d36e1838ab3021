"""Where a DVESOM training step spends its time on this machine: the BiLSTM encoder, the fused
`nn.LSTM` decoder and the `LSTMCell` loop decoder, each forward + backward, one point per LSTM step.

    python benchmarks/dvesom_parts.py                  # batch 128, length 128, hidden 64, latent 8

The encoder is shared by `DVESOMNet` and the `LoopDecoderNet` reference of `bench_dvesom`, so the
ratio of their training speeds is at most (encoder + loop decoder) / encoder (Amdahl's law).
`benchmarks/dvesom_bench_cpu.py` runs `part_times` beside `bench_dvesom` and saves both.
"""
import argparse, time
import torch
from tsae.dvesom import DVESOMNet
from tsae.dvesom_studies import LoopDecoderNet

def ms(f, n):
    "Fastest of `n` timed calls of `f`, in milliseconds (the least disturbed by other work on the machine)"
    f()                                                                       # warm-up
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return min(ts) * 1000

def part_times(batch=128, length=128, hidden=64, latent=8, reps=15) -> dict:
    "Milliseconds per forward + backward of each part (fastest of `reps`), and the bound on the fused/loop training ratio"
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

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--batch', type=int, default=128); ap.add_argument('--length', type=int, default=128)
    ap.add_argument('--hidden', type=int, default=64); ap.add_argument('--latent', type=int, default=8)
    ap.add_argument('--reps', type=int, default=15)
    a = ap.parse_args()
    r = part_times(a.batch, a.length, a.hidden, a.latent, a.reps)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; ms per forward+backward (fastest of {a.reps}):")
    for k in ('encoder', 'fused_decoder', 'loop_decoder', 'full_step'): print(f"  {k:14s} {r[k + '_ms']:8.1f}")
    print(f"fused/loop decoder speed-up {r['decoder_speedup']:.2f}; "
          f"bound on the training ratio (encoder + loop) / encoder = {r['ratio_bound']:.2f}")
