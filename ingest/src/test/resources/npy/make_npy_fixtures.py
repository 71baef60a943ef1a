"""Writes the small .npy fixtures of org.neurobeam.ingest.npy tests; run from this folder. The committed
files were written by numpy 2.4 (pickles name numpy._core, protocol 4); the corpus's suite2p files cover
numpy 1 pickles (numpy.core, protocol 3).

Each array's values are arange-based so the Java tests can rebuild them: value[i] = (i * 7 - 20) cast
to the dtype, i the flat C-order index.
"""
import numpy as np
import numpy.lib.format as fmt


def values(shape, dtype):
    n = int(np.prod(shape))
    v = np.arange(n, dtype=np.int64) * 7 - 20
    if np.dtype(dtype).kind == "b":
        v = v % 3 == 0
    return v.astype(dtype).reshape(shape)


# big-endian, Fortran order, 3-d
np.save("be_f8_fortran_3d.npy", np.asfortranarray(values((3, 4, 5), ">f8")))
# big-endian int16, C order
np.save("be_i2_c.npy", values((4, 6), ">i2"))
# Fortran-order float32 2-d (time x units style)
np.save("f4_fortran_2d.npy", np.asfortranarray(values((7, 3), "<f4")))
# explicit format versions 2.0 and 3.0
with open("u2_v2.npy", "wb") as f:
    fmt.write_array(f, values((5, 2), "<u2"), version=(2, 0))
with open("i8_v3.npy", "wb") as f:
    fmt.write_array(f, values((2, 3), "<i8"), version=(3, 0))
# unsupported: complex
np.save("c8.npy", np.arange(4, dtype=np.complex64))
# object array: a 0-d dict with numpy scalars, a Fortran-order float32 matrix and a nested list
ops = {
    "fs": np.float64(15.5),
    "nframes": np.int64(12),
    "flag": np.bool_(True),
    "img": np.asfortranarray(values((3, 2), "<f4")),
    "big": values((2, 2), ">i4"),
    "names": ["a", "b"],
    "none": None,
}
np.save("ops_scalars.npy", np.array(ops, dtype=object), allow_pickle=True)
# a Fortran-order 2-d object array: numpy pickles its elements in C order regardless
np.save("obj_fortran_2d.npy", np.asfortranarray(np.array([["a", "b", "c"], ["d", "e", 7]], dtype=object)),
        allow_pickle=True)
