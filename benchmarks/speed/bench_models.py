"""Speed of tsae's models: fit, inference and peak memory, on one shared data set.

Written in airspeed velocity (asv) conventions, so `benchmarks/speed/run.py` (no asv needed) and asv can both read it:
module-level functions named `time_*` (seconds) and `peakmem_*` (peak resident memory of the process, bytes), a
module-level `setup()`, a function's own `.setup` where it needs more (asv then runs that one instead of the module's),
and the asv attributes `number`, `repeat`, `warmup_time` and `timeout`.

The protocol is the one of the scripts it replaces (`dvesom_time.py`, `lstm_vae_time.py`, `vqvae_time.py --full`,
kept in git history; their results stay in their studies' folders): `make_cbf(200, 500, seed=0)` (200 series of
500 points), one thread, each estimator with its defaults (the step budget decides the length of the fit) and
`random_state=0`; DVESOM with `n_clusters=3` (the classes of CBF). Every benchmark uses the same data, made once
per process.

Per model (`lstm_ae`, `lstm_vae`, `dvesom`, `vqvae`, `btvqvae`): `time_fit_<model>`, `time_transform_<model>` (the
latent codes), `peakmem_fit_<model>`, and the model's own main inference call where it has one:
`time_predict_dvesom` (clusters) and `time_score_samples_lstm_vae` (anomaly scores). An inference benchmark uses the
model that `time_fit_<model>` fitted in the same process, or fits one in its setup (not timed).

With the environment variable `TSAE_BENCH_QUICK=1` (what `run.py --quick` sets) the data is 16 series of 64 points
and every fit stops after 2 optimizer steps: a check that the suite runs, not a measurement.

Each benchmark's setup (not timed) warms its model up once per process, one optimizer step on other tiny data, so
that the one-time costs of the first fit in a process (lazy imports, first calls; about 2.5 s on a 2-core machine)
are not charged to whichever model runs first (the replaced scripts paid that cost inside their single fit). A
`peakmem_*` value is the whole process (Python, torch, the data, the warm-up and the fit), as asv measures it."""
import importlib, os, warnings

N, LENGTH = 200, 500                   # the shared data: make_cbf(N, LENGTH, seed=0)
QUICK_N, QUICK_LENGTH, QUICK_STEPS = 16, 64, 2
MODELS = {   # name: (module, estimator, parameters besides the defaults)
    'lstm_ae': ('tsae.lstm_ae', 'LSTMAE', {}),
    'lstm_vae': ('tsae.lstm_vae', 'LSTMVAE', {}),
    'dvesom': ('tsae.dvesom', 'DVESOM', {'n_clusters': 3}),
    'vqvae': ('tsae.vqvae', 'VQVAE', {}),
    'btvqvae': ('tsae.barlow', 'BTVQVAE', {}),
}

def quick() -> bool:
    "Tiny sizes, for checking that the suite runs (environment variable TSAE_BENCH_QUICK)"
    return os.environ.get('TSAE_BENCH_QUICK', '') not in ('', '0')

def sizes() -> tuple:
    "(series, points per series) of the shared data"
    return (QUICK_N, QUICK_LENGTH) if quick() else (N, LENGTH)

_X, _FITTED, _WARM = None, {}, set()

def setup():
    "asv's module-level setup: one thread (or `TSAE_BENCH_THREADS`, set by `run.py --threads`) and the shared data (made once per process)"
    global _X
    import torch
    torch.set_num_threads(int(os.environ.get('TSAE_BENCH_THREADS', '1')))
    if _X is None:
        from tsae.synth import make_cbf
        _X = make_cbf(*sizes(), seed=0)[0]

def estimator(model):
    "A fresh estimator of `model` with the protocol's parameters"
    module, name, params = MODELS[model]
    cls = getattr(importlib.import_module(module), name)
    return cls(random_state=0, **params, **({'max_steps': QUICK_STEPS} if quick() else {}))

def _fit(model):
    _FITTED[model] = estimator(model).fit(_X)

def _model_setup(model, fitted=False):
    "The setup of a benchmark of `model`: `setup()`, a warm-up of the model (once per process), and for inference a fitted model"
    def setup_():
        setup()
        if model not in _WARM:
            from tsae.synth import make_cbf
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                estimator(model).set_params(max_steps=1).fit(make_cbf(QUICK_N, QUICK_LENGTH, seed=1)[0])
            _WARM.add(model)
        if fitted and model not in _FITTED: _fit(model)   # the model `time_fit_<model>` left in this process, else a new fit
    return setup_

def _fit_attrs(f):
    model = f.__name__.split('_fit_', 1)[1]
    f.setup, f.number, f.repeat, f.warmup_time, f.timeout = _model_setup(model), 1, 1, 0, 600   # one fit, one sample: 15 to 60 s
    return f

def _inference_attrs(f, model):
    f.setup, f.number, f.repeat, f.warmup_time, f.timeout = _model_setup(model, fitted=True), 1, 5, 0, 300
    return f

# --- LSTMAE (tsae.lstm_ae)
@_fit_attrs
def time_fit_lstm_ae(): _fit('lstm_ae')
def time_transform_lstm_ae(): _FITTED['lstm_ae'].transform(_X)
_inference_attrs(time_transform_lstm_ae, 'lstm_ae')
@_fit_attrs
def peakmem_fit_lstm_ae(): _fit('lstm_ae')

# --- LSTMVAE (tsae.lstm_vae)
@_fit_attrs
def time_fit_lstm_vae(): _fit('lstm_vae')
def time_transform_lstm_vae(): _FITTED['lstm_vae'].transform(_X)
_inference_attrs(time_transform_lstm_vae, 'lstm_vae')
def time_score_samples_lstm_vae(): _FITTED['lstm_vae'].score_samples(_X)
_inference_attrs(time_score_samples_lstm_vae, 'lstm_vae')
@_fit_attrs
def peakmem_fit_lstm_vae(): _fit('lstm_vae')

# --- DVESOM (tsae.dvesom)
@_fit_attrs
def time_fit_dvesom(): _fit('dvesom')
def time_transform_dvesom(): _FITTED['dvesom'].transform(_X)
_inference_attrs(time_transform_dvesom, 'dvesom')
def time_predict_dvesom(): _FITTED['dvesom'].predict(_X)
_inference_attrs(time_predict_dvesom, 'dvesom')
@_fit_attrs
def peakmem_fit_dvesom(): _fit('dvesom')

# --- VQVAE (tsae.vqvae)
@_fit_attrs
def time_fit_vqvae(): _fit('vqvae')
def time_transform_vqvae(): _FITTED['vqvae'].transform(_X)
_inference_attrs(time_transform_vqvae, 'vqvae')
@_fit_attrs
def peakmem_fit_vqvae(): _fit('vqvae')

# --- BTVQVAE (tsae.barlow)
@_fit_attrs
def time_fit_btvqvae(): _fit('btvqvae')
def time_transform_btvqvae(): _FITTED['btvqvae'].transform(_X)
_inference_attrs(time_transform_btvqvae, 'btvqvae')
@_fit_attrs
def peakmem_fit_btvqvae(): _fit('btvqvae')
