"""Fixture for GridResamplerTest: scipy.ndimage.map_coordinates (mode='constant', cval=0) of a small
random source grid at the voxel centres of a target grid with oblique affines, order 0 (labels) and
order 1 (values), coordinates = inv(source_affine) @ target_affine @ [i, j, k, 1] as nilearn's
resample_img composes them. Arrays are flattened in Fortran order (i fastest).
Run: python3 make_resampling_fixture.py  (numpy/scipy from Debian bookworm)."""
import json
import numpy as np
import scipy
from scipy import ndimage


def rotation(axis, degrees):
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    a = np.radians(degrees)
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return np.eye(3) + np.sin(a) * k + (1 - np.cos(a)) * k @ k


def affine(rot, zooms, offset):
    m = np.eye(4)
    m[:3, :3] = rot @ np.diag(zooms)
    m[:3, 3] = offset
    return m


rng = np.random.default_rng(20261123)
src_shape, tgt_shape = (6, 5, 4), (7, 6, 5)
src = affine(rotation([1, 2, 3], 20), [2.0, 2.5, 3.0], [-5.0, -4.0, -3.0])
tgt = affine(rotation([-2, 1, 1], 35), [1.7, 1.9, 2.2], [-4.0, -6.0, -2.0])
labels = rng.integers(0, 5, size=src_shape).astype(float)
values = rng.standard_normal(src_shape)
ijk = np.array(np.meshgrid(*[np.arange(n) for n in tgt_shape], indexing="ij"))
ijk = ijk.reshape(3, -1, order="F")
coords = (np.linalg.inv(src) @ tgt @ np.vstack([ijk, np.ones(ijk.shape[1])]))[:3]
nearest = ndimage.map_coordinates(labels, coords, order=0, mode="constant", cval=0.0)
linear = ndimage.map_coordinates(values, coords, order=1, mode="constant", cval=0.0)
inside = np.all((coords >= 0) & (coords <= np.array(src_shape)[:, None] - 1), axis=0)
with open("resampling.json", "w") as f:
    json.dump({"software": "scipy " + scipy.__version__, "source_shape": src_shape, "target_shape": tgt_shape,
               "source_affine": src.tolist(), "target_affine": tgt.tolist(),
               "labels": labels.ravel(order="F").tolist(), "values": values.ravel(order="F").tolist(),
               "nearest": nearest.tolist(), "trilinear": linear.tolist(), "inside_count": int(inside.sum())}, f)
print("inside", int(inside.sum()), "of", inside.size)
