"""Writes three small BrainVision triples and MNE's readback of each (Debian's /usr/bin/python3, MNE 1.3).

INT_16 multiplexed, IEEE_FLOAT_32 vectorized and INT_32 multiplexed; 4 channels x 37 samples at 512 Hz
with resolutions 0.1 uV, 0.5 uV, 2 mV and 0.01 degC, a "\\1" comma in a channel name and in a marker,
and a New Segment date. X.json holds mne.io.read_raw_brainvision(X.vhdr, preload=True): channel names
and types, sfreq, meas_date, get_data() and annotations.
"""
import json

import mne
import numpy as np

HEADER = """Brain Vision Data Exchange Header File Version 1.0

[Common Infos]
Codepage=UTF-8
DataFile={name}.eeg
MarkerFile={name}.vmrk
DataFormat=BINARY
DataOrientation={orientation}
NumberOfChannels=4
SamplingInterval=1953.125

[Binary Infos]
BinaryFormat={fmt}

[Channel Infos]
Ch1=Fp1,,0.1,\u00b5V
Ch2=EOG\\1x,,0.5
Ch3=Pz,,2,mV
Ch4=Temp,,0.01,\u00b0C
"""
MARKERS = """Brain Vision Data Exchange Marker File, Version 1.0

[Common Infos]
Codepage=UTF-8
DataFile={name}.eeg

[Marker Infos]
Mk1=New Segment,,1,1,0,20240102030405678901
Mk2=Stimulus,S  1,5,1,0
Mk3=Comment,\u00c4rger\\1 x,10,4,0
"""

rng = np.random.default_rng(3)
for fmt, orientation, dtype in [("INT_16", "MULTIPLEXED", "<i2"), ("IEEE_FLOAT_32", "VECTORIZED", "<f4"),
                                ("INT_32", "MULTIPLEXED", "<i4")]:
    name = f"t_{fmt}_{orientation}"
    stored = rng.integers(-2000, 2000, (4, 37)).astype(dtype)
    with open(name + ".vhdr", "w", encoding="utf-8") as f:
        f.write(HEADER.format(name=name, orientation=orientation, fmt=fmt))
    with open(name + ".vmrk", "w", encoding="utf-8") as f:
        f.write(MARKERS.format(name=name))
    (stored if orientation == "VECTORIZED" else stored.T).tofile(name + ".eeg")
    raw = mne.io.read_raw_brainvision(name + ".vhdr", preload=True, verbose=False)
    with open(name + ".json", "w") as f:
        json.dump({"names": raw.ch_names, "types": raw.get_channel_types(), "sfreq": raw.info["sfreq"],
                   "meas_date": raw.info["meas_date"].isoformat(), "data": raw.get_data().tolist(),
                   "annotations": [[a["onset"], a["duration"], a["description"]] for a in raw.annotations]}, f)
