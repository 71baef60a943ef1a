"""Writes fif_skip_raw.fif and fif_skip_raw.fif.ref.json (run with Debian's /usr/bin/python3, MNE 1.3).

A raw FIF file MNE's writer cannot produce: FIFF_FIRST_SAMPLE = 30, buffers of 10 samples stored as
int32, float64, a FIFF_DATA_SKIP of 2 buffers, then int16 (DAU_PACK16) and float32; channels EEG
(cal 1e-7, range 2), MAG (cal 1e-12) and "STI 014"; two annotations, one with ':' in its text.
The reference is what mne.io.read_raw_fif and mne.find_events read back.
"""
import json
from datetime import datetime, timezone

import mne
import numpy as np
from mne.annotations import _write_annotations
from mne.io.constants import FIFF
from mne.io.meas_info import write_meas_info
from mne.io.write import (end_block, end_file, start_block, start_file, write_dau_pack16, write_double,
                          write_float, write_int)

SFREQ = 100.0
FIRST = 30
info = mne.create_info(["EEG1", "MAG1", "STI 014"], SFREQ, ["eeg", "mag", "stim"])
with info._unlock():
    info["meas_date"] = datetime.fromtimestamp(1600000000.25, timezone.utc)
    info["chs"][0]["cal"] = 1e-7
    info["chs"][0]["range"] = 2.0
    info["chs"][1]["cal"] = 1e-12
    info["line_freq"] = 60.0

rng = np.random.default_rng(7)
buffers = []
for fmt in ("int", "double", "short", "single"):
    stored = np.vstack([rng.integers(-3000, 3000, 10), rng.integers(-500, 500, 10), np.zeros(10)])
    buffers.append((fmt, stored))
buffers[0][1][2, 4:7] = 3
buffers[2][1][2, 1:3] = 5
buffers[3][1][2, 0:9] = 2

annotations = mne.Annotations([0.45, 0.85], [0.1, 0.0], ["a:b", "late"], orig_time=info["meas_date"])
fname = "fif_skip_raw.fif"
with start_file(fname) as fid:
    start_block(fid, FIFF.FIFFB_MEAS)
    write_meas_info(fid, info)
    _write_annotations(fid, annotations)
    start_block(fid, FIFF.FIFFB_RAW_DATA)
    write_int(fid, FIFF.FIFF_FIRST_SAMPLE, FIRST)
    for i, (fmt, stored) in enumerate(buffers):
        if i == 2:
            write_int(fid, FIFF.FIFF_DATA_SKIP, 2)
        writer = {"int": write_int, "double": write_double, "short": write_dau_pack16, "single": write_float}[fmt]
        data = stored.astype({"int": np.int32, "double": np.float64, "short": np.int16, "single": np.float32}[fmt])
        writer(fid, FIFF.FIFF_DATA_BUFFER, data)
    end_block(fid, FIFF.FIFFB_RAW_DATA)
    end_block(fid, FIFF.FIFFB_MEAS)
    end_file(fid)

raw = mne.io.read_raw_fif(fname, preload=True, verbose=False)
events = mne.find_events(raw, stim_channel="STI 014", shortest_event=1, verbose=False)
ref = {
    "generator": "make_fif_skip.py",
    "mne": mne.__version__,
    "first_samp": int(raw.first_samp),
    "n_times": int(raw.n_times),
    "sfreq": raw.info["sfreq"],
    "meas_date": raw.info["meas_date"].isoformat(),
    "ch_names": raw.ch_names,
    "cal": [ch["cal"] for ch in raw.info["chs"]],
    "range": [ch["range"] for ch in raw.info["chs"]],
    "data": raw.get_data().tolist(),
    "annotations": [{"onset_s": float(a["onset"]), "duration_s": float(a["duration"]), "description": a["description"]}
                    for a in raw.annotations],
    "first_time": raw.first_time,
    "events": events.tolist(),
}
with open(fname + ".ref.json", "w") as f:
    json.dump(ref, f, indent=1)
print(json.dumps({k: v for k, v in ref.items() if k != "data"}))
