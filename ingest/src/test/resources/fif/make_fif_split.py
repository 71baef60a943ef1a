"""Writes split_raw.fif, split_raw-1.fif, split_raw-2.fif and split_raw.fif.ref.json (Debian's /usr/bin/python3,
MNE 1.3).

MNE only splits above ~1 MB per part, so the parts are written here with MNE's low-level writer the way
mne.io.base._write_raw_fid lays them out: each part holds the measurement info, a FIFFB_RAW_DATA block
(FIFF_FIRST_SAMPLE, float32 buffers of 100 samples) and FIFFB_REF blocks naming the previous/next part.
The annotations sit in the first part. The reference is mne.io.read_raw_fif on the first part.
"""
import glob
import json
import os
from datetime import datetime, timezone

import mne
import numpy as np
from mne.annotations import _write_annotations
from mne.io.constants import FIFF
from mne.io.meas_info import write_meas_info
from mne.io.write import end_block, end_file, start_block, start_file, write_float, write_int, write_string

for old in glob.glob("split_raw*.fif"):
    os.remove(old)
info = mne.create_info(["EEG1", "EEG2", "STI 014"], 100.0, ["eeg", "eeg", "stim"])
with info._unlock():
    info["meas_date"] = datetime(2022, 5, 6, 7, 8, 9, 500000, tzinfo=timezone.utc)
data = np.random.default_rng(1).normal(size=(3, 700)) * 1e-5
data[2] = 0
data[2, 120:125] = 1
data[2, 299:303] = 2
names = ["split_raw.fif", "split_raw-1.fif", "split_raw-2.fif"]
bounds = [(0, 300), (300, 500), (500, 700)]
annotations = mne.Annotations([1.5, 5.25], [0.5, 0.0], ["first part", "last part"], orig_time=info["meas_date"])
for part, (name, (start, stop)) in enumerate(zip(names, bounds)):
    with start_file(name) as fid:
        if part > 0:
            start_block(fid, FIFF.FIFFB_REF)
            write_int(fid, FIFF.FIFF_REF_ROLE, FIFF.FIFFV_ROLE_PREV_FILE)
            write_string(fid, FIFF.FIFF_REF_FILE_NAME, names[part - 1])
            write_int(fid, FIFF.FIFF_REF_FILE_NUM, part - 1)
            end_block(fid, FIFF.FIFFB_REF)
        start_block(fid, FIFF.FIFFB_MEAS)
        write_meas_info(fid, info)
        if part == 0:
            _write_annotations(fid, annotations)
        start_block(fid, FIFF.FIFFB_RAW_DATA)
        write_int(fid, FIFF.FIFF_FIRST_SAMPLE, start)
        for first in range(start, stop, 100):
            write_float(fid, FIFF.FIFF_DATA_BUFFER, data[:, first:first + 100].astype(np.float32))
        end_block(fid, FIFF.FIFFB_RAW_DATA)
        if part + 1 < len(names):
            start_block(fid, FIFF.FIFFB_REF)
            write_int(fid, FIFF.FIFF_REF_ROLE, FIFF.FIFFV_ROLE_NEXT_FILE)
            write_string(fid, FIFF.FIFF_REF_FILE_NAME, names[part + 1])
            write_int(fid, FIFF.FIFF_REF_FILE_NUM, part + 1)
            end_block(fid, FIFF.FIFFB_REF)
        end_block(fid, FIFF.FIFFB_MEAS)
        end_file(fid)

back = mne.io.read_raw_fif(names[0], preload=True, verbose=False)
ref = {
    "generator": "make_fif_split.py",
    "mne": mne.__version__,
    "parts": names,
    "n_times": int(back.n_times),
    "first_samp": int(back.first_samp),
    "meas_date": back.info["meas_date"].isoformat(),
    "data": back.get_data().tolist(),
    "annotations": [{"onset_s": float(a["onset"]), "duration_s": float(a["duration"]), "description": a["description"]}
                    for a in back.annotations],
    "events": mne.find_events(back, stim_channel="STI 014", shortest_event=1, verbose=False).tolist(),
}
with open("split_raw.fif.ref.json", "w") as f:
    json.dump(ref, f, indent=1)
print(json.dumps({k: v for k, v in ref.items() if k != "data"}))
