#!/usr/bin/python3
"""Writes the small NWB 2.x fixtures of org.neurobeam.ingest.nwb tests with h5py (not pynwb), laid out
after the NWB 2.6.0 core schema (Units, TimeIntervals, TimeSeries, ElectrodesTable) and hdmf-common 1.x
(DynamicTable, VectorData, VectorIndex, DynamicTableRegion, ElementIdentifiers). Run from this folder.

  ephys_constructed.nwb         /units (spike_times + index, obs_intervals + index, electrodes + index),
                                /general/extracellular_ephys/electrodes, /intervals/trials,
                                /acquisition/running_speed (rate), /acquisition/lick_rate (chunks
                                partly unwritten), /processing/behavior/Position/position
                                (timestamps, chunked), /processing/ophys/DfOverF/plane0 (chunked, long)
  bad_spike_index.nwb           spike_times_index ends past spike_times
  bad_timestamps.nwb            a TimeSeries whose timestamps go back in time

Values are closed-form so the tests can rebuild them (see each block).
"""
import uuid

import h5py
import numpy as np

STR = h5py.string_dtype()
REF = h5py.ref_dtype


def typed(obj, neurodata_type, namespace="core", **attrs):
    obj.attrs["namespace"] = namespace
    obj.attrs["neurodata_type"] = neurodata_type
    obj.attrs["object_id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, obj.name))
    for k, v in attrs.items():
        obj.attrs[k] = v
    return obj


def root(f):
    typed(f, "NWBFile", nwb_version="2.6.0")
    f.create_dataset("identifier", data="neurobeam-ephys-fixture", dtype=STR)
    f.create_dataset("session_description", data="constructed units/trials/behaviour fixture", dtype=STR)
    f.create_dataset("session_start_time", data="2021-03-04T05:06:07+00:00", dtype=STR)
    f.create_dataset("timestamps_reference_time", data="2021-03-04T05:06:07+00:00", dtype=STR)
    f.create_dataset("file_create_date", data=["2021-03-04T05:06:07+00:00"], dtype=STR)
    for g in ("acquisition", "analysis", "processing", "stimulus/presentation", "stimulus/templates",
              "general", "intervals"):
        f.require_group(g)


def vector(group, name, data, description, **kw):
    return typed(group.create_dataset(name, data=data, **kw), "VectorData", "hdmf-common", description=description)


def index(group, name, ends, target):
    d = typed(group.create_dataset(name, data=np.asarray(ends, dtype=np.uint32)), "VectorIndex", "hdmf-common",
              description="index into " + target.name.split("/")[-1])
    d.attrs.create("target", target.ref, dtype=REF)
    return d


def ids(group, n):
    typed(group.create_dataset("id", data=np.arange(n, dtype=np.int64)), "ElementIdentifiers", "hdmf-common")


# Spike times: unit u (0..3) fires at t = 0.5 + u + 0.25 k, k = 0..(5 + 3u - 1); ends = cumulative counts.
N_UNITS = 4
COUNTS = [5 + 3 * u for u in range(N_UNITS)]
SPIKES = np.concatenate([0.5 + u + 0.25 * np.arange(c) for u, c in enumerate(COUNTS)])
# Electrodes: 6 rows, unit u on electrodes [u, u + 1] (u < 3) and [3, 4, 5] for unit 3.
UNIT_ELECTRODES = [[0, 1], [1, 2], [2, 3], [3, 4, 5]]


def ephys(f, spike_ends):
    ecephys = f.require_group("general/extracellular_ephys")
    tetrode = typed(ecephys.create_group("tetrode0"), "ElectrodeGroup", description="tetrode", location="CA1")
    electrodes = typed(ecephys.create_group("electrodes"), "DynamicTable", "hdmf-common",
                       colnames=["location", "group", "group_name"], description="metadata about electrodes")
    ids(electrodes, 6)
    vector(electrodes, "location", ["CA1"] * 6, "brain area", dtype=STR)
    g = vector(electrodes, "group", [tetrode.ref] * 6, "electrode group", dtype=REF)
    vector(electrodes, "group_name", ["tetrode0"] * 6, "group name", dtype=STR)

    units = typed(f.create_group("units"), "Units",
                  colnames=["spike_times", "obs_intervals", "electrodes"], description="constructed units")
    ids(units, N_UNITS)
    st = vector(units, "spike_times", SPIKES, "spike times (s)")
    index(units, "spike_times_index", spike_ends, st)
    # obs_intervals: unit u observed over [0, 10] and, for odd u, also [12, 20]
    rows = []
    ends = []
    for u in range(N_UNITS):
        rows.append([0.0, 10.0])
        if u % 2:
            rows.append([12.0, 20.0])
        ends.append(len(rows))
    oi = vector(units, "obs_intervals", np.array(rows), "observation intervals")
    index(units, "obs_intervals_index", ends, oi)
    flat = sum(UNIT_ELECTRODES, [])
    el = typed(units.create_dataset("electrodes", data=np.array(flat, dtype=np.int64)), "DynamicTableRegion",
               "hdmf-common", description="electrodes of each unit")
    el.attrs.create("table", electrodes.ref, dtype=REF)
    index(units, "electrodes_index", np.cumsum([len(e) for e in UNIT_ELECTRODES]), el)


def trials(f):
    # trial i (0..4): start 2i, stop 2i + 1.5, correct = i % 2 == 0, condition "A"/"B" alternating
    t = typed(f.create_group("intervals/trials"), "TimeIntervals",
              colnames=["start_time", "stop_time", "correct", "condition"], description="trials")
    ids(t, 5)
    vector(t, "start_time", 2.0 * np.arange(5), "start (s)")
    vector(t, "stop_time", 2.0 * np.arange(5) + 1.5, "stop (s)")
    vector(t, "correct", np.arange(5) % 2 == 0, "correct response")
    vector(t, "condition", ["A", "B", "A", "B", "A"], "condition", dtype=STR)


def series(group, name, data, unit, description, rate=None, timestamps=None, neurodata_type="TimeSeries",
           chunks=None, conversion=1.0, offset=0.0):
    ts = typed(group.create_group(name), neurodata_type, description=description, comments="no comments")
    d = ts.create_dataset("data", data=data, chunks=chunks)
    d.attrs.update(unit=unit, conversion=conversion, offset=offset, resolution=-1.0)
    if rate is not None:
        s = ts.create_dataset("starting_time", data=1.25)
        s.attrs.update(rate=rate, unit="seconds")
    else:
        s = ts.create_dataset("timestamps", data=timestamps, chunks=chunks and (chunks[0],))
        s.attrs.update(interval=1, unit="seconds")
    return ts


def behaviour(f, timestamps):
    # running_speed[i] = 0.01 i (m/s), 50 Hz from 1.25 s; position[i] = (i, -i) at timestamps;
    # lick_rate: 64 samples in 16-sample chunks, only the first chunk written (= i), the rest fill value -1
    series(f["acquisition"], "running_speed", 0.01 * np.arange(200), "m/s", "running speed", rate=50.0,
           conversion=0.5, offset=0.1)
    lick = typed(f["acquisition"].create_group("lick_rate"), "TimeSeries", description="sparse", comments="")
    d = lick.create_dataset("data", shape=(64,), dtype="<f8", chunks=(16,), fillvalue=-1.0)
    d[0:16] = np.arange(16)
    d.attrs.update(unit="Hz", conversion=1.0, offset=0.0, resolution=-1.0)
    lick.create_dataset("starting_time", data=0.0).attrs.update(rate=10.0, unit="seconds")
    beh = typed(f.create_group("processing/behavior"), "ProcessingModule", description="behaviour")
    pos = typed(beh.create_group("Position"), "Position")
    n = len(timestamps)
    series(pos, "position", np.stack([np.arange(n), -np.arange(n)], axis=1).astype(np.float64), "cm",
           "position", timestamps=timestamps, neurodata_type="SpatialSeries", chunks=(16, 2))


def ophys_long(f):
    # DfOverF/plane0: 1200 frames x 3 ROIs, value(t, r) = r + t / 1000, float32, chunks of 128 frames,
    # rois region [0, 1, 2] into a 3-row PlaneSegmentation with pixel_mask
    ophys = typed(f.create_group("processing/ophys"), "ProcessingModule", description="ophys")
    seg = typed(ophys.create_group("ImageSegmentation"), "ImageSegmentation")
    ps = typed(seg.create_group("PlaneSegmentation"), "PlaneSegmentation", colnames=["pixel_mask"],
               description="three ROIs")
    ids(ps, 3)
    pm_dtype = np.dtype([("x", "<u4"), ("y", "<u4"), ("weight", "<f4")])
    pm = vector(ps, "pixel_mask", np.array([(1, 2, 0.5), (3, 4, 0.5), (5, 6, 1.0), (7, 8, 0.25)], dtype=pm_dtype),
                "pixel masks")
    index(ps, "pixel_mask_index", [2, 3, 4], pm)
    dff = typed(ophys.create_group("DfOverF"), "DfOverF")
    data = (np.arange(3)[None, :] + np.arange(1200)[:, None] / 1000.0).astype(np.float32)
    ts = series(dff, "plane0", data, "n.a.", "dF/F", rate=30.0, neurodata_type="RoiResponseSeries",
                chunks=(128, 3))
    r = typed(ts.create_dataset("rois", data=np.arange(3, dtype=np.int64)), "DynamicTableRegion", "hdmf-common",
              description="all ROIs")
    r.attrs.create("table", ps.ref, dtype=REF)


def build(name, spike_ends, timestamps):
    with h5py.File(name, "w", libver="earliest") as f:
        root(f)
        ephys(f, spike_ends)
        trials(f)
        behaviour(f, timestamps)
        ophys_long(f)


GOOD_ENDS = np.cumsum(COUNTS)
GOOD_TIMES = 0.1 * np.arange(40)
build("ephys_constructed.nwb", GOOD_ENDS, GOOD_TIMES)
bad_ends = GOOD_ENDS.copy()
bad_ends[-1] += 3
build("bad_spike_index.nwb", bad_ends, GOOD_TIMES)
bad_times = GOOD_TIMES.copy()
bad_times[17] = bad_times[15]
build("bad_timestamps.nwb", GOOD_ENDS, bad_times)
