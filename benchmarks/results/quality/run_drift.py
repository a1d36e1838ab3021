"""Add the quality benchmark's `drift` part (the 16 drifting streams against TSB-AD's detectors, chapter 09) to the
committed results of its full run, and rewrite `records.json`, `quality.md` and `quality.png` with every record.

`run_quality` returns (and `tsae bench quality` tabulates) the records of the units it was asked for; the committed
full run's set, stream and timing units are older, so this script keeps their records and adds the drift units'.
Run from the repository root with one thread: `OMP_NUM_THREADS=1 python benchmarks/results/quality/run_drift.py`
(about an hour on 2 CPU cores, most of it KShapeAD; units already in `units/` are read back, not rerun).
"""
import json
from pathlib import Path
from tsae.bench.quality import run_quality, write_quality

out = Path(__file__).resolve().parent
old = [r for r in json.loads((out/'records.json').read_text()) if r.get('task') != 'drift']
new = run_quality(out, parts=('drift',))
write_quality(old + new, out)
print(f"{len(old)} records kept, {len(new)} drift records added")
