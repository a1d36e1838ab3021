"""Training from a .npy file larger than memory: peak RSS and epoch time vs n.

    python benchmarks/studies/2026-11-29_memmap_streaming/memmap_bench.py                # 1,000,000 x 100 float32 (400 MB)
    python benchmarks/studies/2026-11-29_memmap_streaming/memmap_bench.py --n 10000000   # the 4 GB variant
    python benchmarks/studies/2026-11-29_memmap_streaming/memmap_bench.py --sizes 250000 500000 1000000   # epoch time vs n
    python benchmarks/studies/2026-11-29_memmap_streaming/memmap_bench.py --out memmap_bench.json          # also write the raw results

The data file is written once to `--dir` (default: `tsae_bench` in the system's temporary folder, `tempfile.gettempdir()`)
and reused by later runs.

Each measurement runs in a fresh subprocess and reports its peak RSS as VmHWM from /proc/self/status (it
counts file pages mapped into the process as well as its own memory; `ru_maxrss` is not used because Linux
carries it over from the parent through fork and exec, and the parent may have just written the file). The model is a tiny `LinearAE`, so an
epoch measures the data path (read, scale, batch) rather than the model. Not run by the tests.
"""
import argparse, datetime, json, os, platform, resource, subprocess, sys, tempfile, time
from pathlib import Path
import numpy as np

def make_file(path, n, length, chunk=200_000, seed=0):
    "Write `n` noisy sines of `length` points to a float32 .npy file, chunk by chunk (never all in memory)"
    path = Path(path)
    if path.exists() and np.load(path, mmap_mode='r').shape == (n, length, 1): return path
    path.parent.mkdir(parents=True, exist_ok=True)
    mm = np.lib.format.open_memmap(path, 'w+', np.float32, (n, length, 1))
    rng, t = np.random.default_rng(seed), np.linspace(0, 1, length, dtype=np.float32)
    for i in range(0, n, chunk):
        k = min(chunk, n - i)
        f, ph = rng.uniform(1, 5, (k, 1)).astype(np.float32), rng.uniform(0, 6.3, (k, 1)).astype(np.float32)
        mm[i:i + k, :, 0] = np.sin(2 * np.pi * f * t + ph) + 0.1 * rng.standard_normal((k, length), dtype=np.float32)
    mm.flush(); del mm
    return path

def _status_mb(*keys):
    "Fields of /proc/self/status in MB (VmHWM: peak RSS of this process image; RssAnon, RssFile: now)"
    d = dict(l.split(':', 1) for l in Path('/proc/self/status').read_text().splitlines() if ':' in l)
    return tuple(int(d[k].split()[0]) / 1024 for k in keys)

def child(path, n, what, batch_size):
    import torch
    from tsae.layers import LinearAENet
    from tsae.estimator import LinearAE
    from tsae.series import SeriesView, open_series, _check_memmap
    from tsae.train import fit_module
    torch.set_num_threads(1)
    base, = _status_mb('VmHWM')
    X = _check_memmap(open_series(path), 'X')[:n]
    t = time.perf_counter()
    if what == 'epoch':            # one epoch of fit_module over the memmap (data already scaled-ish)
        torch.manual_seed(0); m = LinearAENet(length=X.shape[1], n_channels=1, latent_dim=8)
        fit_module(m, SeriesView(X), epochs=1, batch_size=batch_size, lr=1e-3, seed=0, verbose=False, device='cpu')
    else:                          # the estimator end to end: scan (validation + scaler), split, one epoch, validation
        LinearAE(latent_dim=8, epochs=1, batch_size=batch_size, random_state=0, device='cpu').fit(X)
    dt = time.perf_counter() - t
    peak, anon, file = _status_mb('VmHWM', 'RssAnon', 'RssFile')
    print(json.dumps({'what': what, 'n': n, 'batch_size': batch_size, 'seconds': dt, 'sec_per_100k': dt / n * 1e5,
                      'peak_rss_mb': peak, 'rss_after_imports_mb': base,
                      'rss_anon_end_mb': anon, 'rss_file_end_mb': file}))

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--n', type=int, default=1_000_000); ap.add_argument('--length', type=int, default=100)
    ap.add_argument('--sizes', type=int, nargs='*', help='n values to time (default: n/4, n/2, n)')
    ap.add_argument('--batch-size', type=int, default=128)
    ap.add_argument('--dir', default=os.path.join(tempfile.gettempdir(), 'tsae_bench'), help='folder of the data file (default: %(default)s)'); ap.add_argument('--child', nargs=3)
    ap.add_argument('--no-estimator', action='store_true', help='skip the end-to-end estimator fit')
    ap.add_argument('--out', help='write the raw results (the rows below, the command, the machine) to this JSON file')
    a = ap.parse_args()
    if a.child: return child(a.child[0], int(a.child[1]), a.child[2], a.batch_size)
    t = time.perf_counter(); path = make_file(Path(a.dir) / f'sines_{a.n}x{a.length}.npy', a.n, a.length)
    file_mb, t_file = path.stat().st_size / 1e6, time.perf_counter() - t
    print(f"# data: {path} ({file_mb:.0f} MB), ready in {t_file:.1f} s", flush=True)
    rows = []
    for n in (a.sizes or [a.n // 4, a.n // 2, a.n]):
        for what in ('epoch',) + (('estimator',) if n == a.n and not a.no_estimator else ()):
            out = subprocess.run([sys.executable, __file__, '--child', str(path), str(n), what, '--batch-size', str(a.batch_size)],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1])); print(json.dumps(rows[-1]), flush=True)
    print("\n| measured | n | s | s per 100k series | peak RSS (MB) | RSS after imports (MB) |\n|---|---|---|---|---|---|")
    for r in rows: print(f"| {r['what']} | {r['n']:,} | {r['seconds']:.1f} | {r['sec_per_100k']:.2f} | {r['peak_rss_mb']:.0f} | {r['rss_after_imports_mb']:.0f} |")
    if a.out:
        import numpy, torch
        res = {'command': 'python benchmarks/studies/2026-11-29_memmap_streaming/memmap_bench.py ' + ' '.join(sys.argv[1:]),
               'date': datetime.date.today().isoformat(), 'length': a.length, 'file_mb': round(file_mb, 1),
               'machine': {'cpus': os.cpu_count(), 'torch_threads': 1, 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS'),
                           'mem_total_mb': int(Path('/proc/meminfo').read_text().split()[1]) // 1024, 'python': platform.python_version(),
                           'torch': torch.__version__, 'numpy': numpy.__version__},
               'rows': rows}
        Path(a.out).parent.mkdir(parents=True, exist_ok=True); Path(a.out).write_text(json.dumps(res, indent=1) + '\n')
        print(f"# raw results written to {a.out}")

if __name__ == '__main__': main()
