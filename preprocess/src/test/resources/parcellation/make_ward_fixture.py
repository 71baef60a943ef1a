"""Fixture for WardParcellationTest: scikit-learn AgglomerativeClustering(linkage="ward") with the
6-neighbourhood connectivity of a mask (sklearn.feature_extraction.image.grid_to_graph), as nilearn's
Parcellations(method="ward") runs it, on z-scored (population std) voxel series of a small image:
three smooth spatial patterns with random time courses plus noise. The image is stored flattened in
Fortran order (volume by volume) for the Java test to write with NiftiWriter; labels are the expected
parcel of each voxel (0 outside the mask), to be compared up to relabelling.
Run: python3 make_ward_fixture.py  (numpy/scikit-learn from Debian bookworm)."""
import json
import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.image import grid_to_graph

rng = np.random.default_rng(31)
shape, volumes, clusters = (7, 6, 4), 12, 5
i, j, k = np.meshgrid(*[np.arange(n) for n in shape], indexing="ij")
patterns = [np.exp(-((i - 1) ** 2 + (j - 1) ** 2) / 6.0), np.exp(-((i - 5) ** 2 + (k - 3) ** 2) / 4.0),
            (j / 5.0) ** 2]
courses = rng.standard_normal((3, volumes))
data = 100 + sum(p[..., None] * 20 * c for p, c in zip(patterns, courses))
data = data + rng.standard_normal(shape + (volumes,))
mask = np.ones(shape, bool)
mask[0, 5, :] = False
mask[6, 0, 0] = False
x = data[mask]  # masked voxels in C order, as grid_to_graph numbers them
x = (x - x.mean(axis=1, keepdims=True)) / x.std(axis=1, keepdims=True)
graph = grid_to_graph(*shape, mask=mask)
ward = AgglomerativeClustering(n_clusters=clusters, linkage="ward", connectivity=graph).fit(x)
labels = np.zeros(shape, int)
labels[mask] = ward.labels_ + 1
with open("ward.json", "w") as f:
    json.dump({"software": "scikit-learn " + sklearn.__version__, "shape": shape, "volumes": volumes,
               "clusters": clusters, "data": data.ravel(order="F").tolist(),
               "mask": mask.astype(int).ravel(order="F").tolist(), "labels": labels.ravel(order="F").tolist()}, f)
print(np.bincount(ward.labels_))
