#!/usr/bin/python3
"""Generate the inputs of `neurobeam bench ephys|calcium|nwb` (docs/bench/ephys-calcium.md).

  ephys_calcium_gen.py bdf  OUT.bdf  [channels] [rate] [seconds]   24-bit BDF written per the BioSemi/EDF spec by hand
  ephys_calcium_gen.py npy  DIR      [units] [frames]               F.npy, Fneu.npy float32 (C order, units x frames)
  ephys_calcium_gen.py nwb  OUT.nwb  [frames] [rois] [layout]       NWB-like HDF5, RoiResponseSeries frames x rois float32;
                                                          layout 0 chunked (1000 x rois), 1 same + gzip 4, 2 contiguous
"""
import sys
import numpy as np


def field(text, width):
    b = str(text).encode('ascii')
    assert len(b) <= width, (text, width)
    return b + b' ' * (width - len(b))


def bdf(path, ns=64, rate=2048, seconds=2750):
    rng = np.random.default_rng(1)
    hdr = b'\xffBIOSEMI' + field('X X X X', 80) + field('Startdate 01-JAN-2020 X X X', 80)
    hdr += field('01.01.20', 8) + field('00.00.00', 8) + field(256 * (ns + 1), 8) + field('24BIT', 44)
    hdr += field(seconds, 8) + field(1, 8) + field(ns, 4)
    per = [(None, 16), ('AgAgCl electrode', 80), ('uV', 8), ('-262144', 8), ('262143', 8),
           ('-8388608', 8), ('8388607', 8), ('HP:DC', 80), (rate, 8), ('', 32)]
    for value, width in per:
        for i in range(ns):
            hdr += field('EEG%03d' % i if value is None else value, width)
    assert len(hdr) == 256 * (ns + 1)
    # a pool of random 24-bit records, cycled with a per-record offset so records differ
    pool = rng.integers(-2_000_000, 2_000_000, size=(8, ns * rate), dtype=np.int32)
    with open(path, 'wb') as f:
        f.write(hdr)
        for r in range(seconds):
            x = (pool[r % 8] + r) & 0xFFFFFF
            b = np.empty((x.size, 3), np.uint8)
            b[:, 0] = x & 0xFF
            b[:, 1] = (x >> 8) & 0xFF
            b[:, 2] = (x >> 16) & 0xFF
            f.write(b.tobytes())


def npy(d, units=5000, frames=100000):
    from numpy.lib.format import open_memmap
    rng = np.random.default_rng(2)
    t = np.arange(frames, dtype=np.float32)
    for name, base in (('F', 1000.0), ('Fneu', 400.0)):
        m = open_memmap(f'{d}/{name}.npy', mode='w+', dtype='<f4', shape=(units, frames))
        for u0 in range(0, units, 100):
            n = min(100, units - u0)
            drift = (np.sin(t / 5000.0 + np.arange(u0, u0 + n)[:, None]) * 50).astype(np.float32)
            m[u0:u0 + n] = base + drift + rng.standard_normal((n, frames), dtype=np.float32) * 20
        m.flush()
        del m


def nwb(path, frames=100000, rois=1000, gzip=0):
    """gzip: layout, 0 chunked, 1 chunked + gzip level 4, 2 contiguous."""
    import h5py
    rng = np.random.default_rng(3)
    with h5py.File(path, 'w') as f:
        f.attrs['neurodata_type'] = 'NWBFile'
        f.attrs['namespace'] = 'core'
        f.attrs['nwb_version'] = '2.6.0'
        oph = f.create_group('processing/ophys')
        img = oph.create_group('ImageSegmentation')
        ps = img.create_group('PlaneSegmentation')
        ps.attrs['neurodata_type'] = 'PlaneSegmentation'
        ps.attrs['namespace'] = 'core'
        ps.attrs['colnames'] = np.array([], dtype=h5py.string_dtype())
        ps.attrs['description'] = 'synthetic'
        ps.create_dataset('id', data=np.arange(rois, dtype=np.int64))
        fl = oph.create_group('Fluorescence')
        fl.attrs['neurodata_type'] = 'Fluorescence'
        s = fl.create_group('RoiResponseSeries')
        s.attrs['neurodata_type'] = 'RoiResponseSeries'
        s.attrs['namespace'] = 'core'
        kw = dict(chunks=(1000, rois)) if gzip < 2 else {}
        if gzip == 1:
            kw.update(compression='gzip', compression_opts=4)
        d = s.create_dataset('data', shape=(frames, rois), dtype='<f4', **kw)
        d.attrs['unit'] = 'a.u.'
        d.attrs['conversion'] = 1.0
        d.attrs['offset'] = 0.0
        for t0 in range(0, frames, 1000):
            n = min(1000, frames - t0)
            # 1-decimal values so gzip has something to do, as real traces
            d[t0:t0 + n] = np.round(1000 + rng.standard_normal((n, rois), dtype=np.float32) * 20, 1)
        st = s.create_dataset('starting_time', data=0.0)
        st.attrs['rate'] = 30.0
        st.attrs['unit'] = 'seconds'
        r = s.create_dataset('rois', data=np.arange(rois, dtype=np.int64))
        r.attrs['neurodata_type'] = 'DynamicTableRegion'
        r.attrs['table'] = ps.ref


if __name__ == '__main__':
    kind, out, *rest = sys.argv[1:]
    args = [int(a) for a in rest]
    {'bdf': bdf, 'npy': npy, 'nwb': nwb}[kind](out, *args)
