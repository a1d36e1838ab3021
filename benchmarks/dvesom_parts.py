"""Where a DVESOM training step spends its time on this machine: the BiLSTM encoder, the fused
`nn.LSTM` decoder and the `LSTMCell` loop decoder, each forward + backward, one point per LSTM step.

    python benchmarks/dvesom_parts.py                  # batch 128, length 128, hidden 64, latent 8

The encoder is shared by `DVESOMNet` and the `LoopDecoderNet` reference of `bench_dvesom`, so the
ratio of their training speeds is at most (encoder + loop decoder) / encoder (Amdahl's law).
"""
import argparse, time
import torch
from tsae.dvesom import DVESOMNet, LoopDecoderNet

def ms(f, n):
    f()                                                                       # warm-up
    t0 = time.perf_counter()
    for _ in range(n): f()
    return (time.perf_counter() - t0) / n * 1000

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--batch', type=int, default=128); ap.add_argument('--length', type=int, default=128)
    ap.add_argument('--hidden', type=int, default=64); ap.add_argument('--latent', type=int, default=8)
    ap.add_argument('--reps', type=int, default=15)
    a = ap.parse_args()
    torch.manual_seed(0); x = torch.randn(a.batch, a.length, 1); z = torch.randn(a.batch, a.latent)
    net, loop = DVESOMNet(a.length, 1, a.hidden, a.latent), LoopDecoderNet(a.length, 1, a.hidden, a.latent)
    parts = {'encoder': lambda: net.encode_stats(x)[0].sum().backward(),
             'fused_decoder': lambda: net.decode(z).sum().backward(),
             'loop_decoder': lambda: loop.decode(z).sum().backward(),
             'full_step': lambda: sum(v for k, v in net.loss(x).items() if not k.startswith('_')).backward()}
    t = {k: ms(f, a.reps) for k, f in parts.items()}
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; ms per forward+backward:")
    for k, v in t.items(): print(f"  {k:14s} {v:8.1f}")
    print(f"fused/loop decoder speed-up {t['loop_decoder'] / t['fused_decoder']:.2f}; "
          f"bound on the training ratio (encoder + loop) / encoder = {(t['encoder'] + t['loop_decoder']) / t['encoder']:.2f}")
