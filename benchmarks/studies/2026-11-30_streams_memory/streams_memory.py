"""Memory of windowing a long stream with `tsae.series.windows` and averaging per-step values back with `Unwindow`.

Each case runs in a fresh process and reports tracemalloc's peak during the case itself (it sees numpy's allocations; the
stream, made before, is not counted), the resident memory before the case (imports and the stream) and the process's
peak resident memory (ru_maxrss; it includes making the stream: float64 normals cast to float32).

    OMP_NUM_THREADS=1 python benchmarks/studies/2026-11-30_streams_memory/streams_memory.py   # default --out: streams_memory.json beside this script

Cases (n points, windows of `--length`):
- view:            `windows(x, length)` with stride 1, all windows at once
- chunked:         score every window (squared deviation from the window's mean), `--chunk` windows at a time,
                   and average the scores back onto the points with `Unwindow`
- roundtrip:       the same loop with the windows themselves as values, on a stream with 1 % NaN: the result must
                   be the stream exactly
- ragged_full:     `windows(x, length, stride)` with a stride that misses the end (all windows, so a copy)
- ragged_chunked:  that stride, `--chunk` windows at a time, averaged back with `Unwindow`
- estimator:       on a noisy sine (period 50 points), a `LinearAE` fitted on 2,000 windows of the stream reconstructs the whole stream with
                   `tsae.series.stream_apply(est.reconstruct, x, length)` (stride `length // 4`, batches of 1024
                   windows); peak RSS includes torch
- lstm_vae_score:  on the same noisy sine, an `LSTMVAE` fitted on the windows of its first 20,000 points
                   (`fit(x[:20000], window=length)`, 5 epochs) scores every point of the stream with
                   `score_samples(x, window='fit')`; peak RSS includes torch
"""
import os, sys, json, time, argparse, resource, subprocess, tracemalloc, platform
import numpy as np

def rss_mb():
    "Resident memory of this process now, MB"
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'): return int(line.split()[1]) / 1024
    return float('nan')

def run_case(case, n, length, stride, chunk):
    from tsae.series import windows, Unwindow
    x = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    if case == 'roundtrip': x[np.random.default_rng(1).random(n) < 0.01] = np.nan
    s = stride if case.startswith('ragged') else 1
    if case == 'estimator':
        import torch; torch.set_num_threads(1)
        from tsae.estimator import LinearAE
        from tsae.series import stream_apply
        x = (np.sin(2 * np.pi * np.arange(n) / 50) + 0.1 * x).astype(np.float32)   # a noisy sine, so that R² says something
        est = LinearAE(latent_dim=8, epochs=2, random_state=0).fit(windows(x, length, length)[:2000].copy())
        before = rss_mb(); t0 = time.perf_counter()
        r = stream_apply(est.reconstruct, x, length)
        return dict(n_windows=len(range(0, n - length + 1, length // 4)) + ((n - length) % (length // 4) != 0), seconds=round(time.perf_counter() - t0, 2),
                    rss_before_mb=round(before, 1), peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                    result_shape=list(r.shape), aligned=bool(r.shape == x.shape), r2=round(float(1 - np.mean((r - x) ** 2) / np.var(x)), 4))
    if case == 'lstm_vae_score':
        import torch; torch.set_num_threads(1)
        from tsae.lstm_vae import LSTMVAE
        x = (np.sin(2 * np.pi * np.arange(n) / 50) + 0.1 * x).astype(np.float32)
        est = LSTMVAE(epochs=5, random_state=0).fit(x[:20_000], window=length)
        before = rss_mb(); t0 = time.perf_counter()
        r = est.score_samples(x, window='fit')
        return dict(seconds=round(time.perf_counter() - t0, 2), rss_before_mb=round(before, 1),
                    peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                    result_shape=list(r.shape), aligned=bool(r.shape == x.shape), nan_points=int(np.isnan(r).sum()))
    before = rss_mb(); tracemalloc.start(); t0 = time.perf_counter()
    if case in ('view', 'ragged_full'): w = windows(x, length, s); n_windows = len(w)
    else:
        acc = Unwindow(n, length, s)
        score = (lambda w: w) if case == 'roundtrip' else (lambda w: (w - w.mean(1, keepdims=True)) ** 2)
        for i in range(0, acc.n_windows, chunk): acc.add(score(windows(x, length, s, i, chunk)), i)
        r = acc.result(); n_windows = acc.n_windows
    out = dict(n_windows=n_windows, seconds=round(time.perf_counter() - t0, 2), tracemalloc_peak_mb=round(tracemalloc.get_traced_memory()[1] / 1e6, 1),
               rss_before_mb=round(before, 1), peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
    tracemalloc.stop()                                                   # checks below are not measured
    if case in ('view', 'ragged_full'): out.update(windows_bytes=int(w.nbytes), is_view=bool(np.may_share_memory(w, x)))
    else:
        out.update(accumulator_bytes=int(acc.sum_.nbytes + acc.count_.nbytes), result_bytes=int(r.nbytes))
        if case == 'roundtrip': out['exact'] = bool(np.array_equal(r[:, 0], x, equal_nan=True))
    return out

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=10_000_000); ap.add_argument('--length', type=int, default=100)
    ap.add_argument('--stride', type=int, default=7, help='stride of the ragged cases (it must miss the end)')
    ap.add_argument('--chunk', type=int, default=20_000); ap.add_argument('--out', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'streams_memory.json'))
    ap.add_argument('--case', help=argparse.SUPPRESS); ap.add_argument('--cases', help='comma-separated cases to run (default: all)')
    a = ap.parse_args()
    if a.case: print(json.dumps(run_case(a.case, a.n, a.length, a.stride, a.chunk))); sys.exit()
    assert (a.n - a.length) % a.stride, f'--stride {a.stride} lands on the end of {a.n} points; pick one that misses it'
    res = dict(n=a.n, length=a.length, ragged_stride=a.stride, chunk=a.chunk, stream_bytes=a.n * 4,
               threads=os.environ.get('OMP_NUM_THREADS'), numpy=np.__version__, python=platform.python_version(), cases={})
    for case in (a.cases.split(',') if a.cases else ('view', 'chunked', 'roundtrip', 'ragged_full', 'ragged_chunked', 'estimator', 'lstm_vae_score')):
        r = subprocess.run([sys.executable, __file__, '--case', case, '--n', str(a.n), '--length', str(a.length),
                            '--stride', str(a.stride), '--chunk', str(a.chunk)], capture_output=True, text=True, check=True)
        res['cases'][case] = json.loads(r.stdout.strip().splitlines()[-1]); print(case, res['cases'][case], flush=True)
    os.makedirs(os.path.dirname(a.out) or '.', exist_ok=True)
    json.dump(res, open(a.out, 'w'), indent=1)
