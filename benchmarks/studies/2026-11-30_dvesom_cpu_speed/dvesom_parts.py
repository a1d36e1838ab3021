"""Where a DVESOM training step spends its time on this machine: the BiLSTM encoder, the fused
`nn.LSTM` decoder and the `LSTMCell` loop decoder, each forward + backward, one point per LSTM step.

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_dvesom_cpu_speed/dvesom_parts.py   # batch 128, length 128, hidden 64, latent 8

The encoder is shared by `DVESOMNet` and the `LoopDecoderNet` reference of `bench_dvesom`, so the
ratio of their training speeds is at most (encoder + loop decoder) / encoder (Amdahl's law).
`dvesom_bench_cpu.py` (this folder) runs `part_times` (in `benchmarks/common.py`) beside `bench_dvesom` and saves both.
"""
import argparse, sys
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))   # the repository root, for benchmarks.common
from benchmarks.common import part_times

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
