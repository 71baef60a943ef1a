"""Fixture for NitimeExtractionTest, on the shared corpus' nifti/nitime/fmri1.nii.gz (10x10x18x40):
- nitime_slabs.nii.gz: int16 labels on the image's grid, slabs along k (k // 5 -> labels 1, 2, 5, 9),
  background 0 where i == 0; nitime_slabs.tsv names them (BIDS dseg.tsv);
- nitime_maps.nii.gz: three float32 maps (two Gaussian blobs and a linear ramp along j), same grid;
- nitime_reference.json: numpy region means per label (float64, get_fdata) and numpy.linalg.lstsq
  signals of the maps over all voxels.
Run from this folder: python3 make_nitime_fixture.py [path/to/fmri1.nii.gz]
(numpy/nibabel from Debian bookworm; default path ../../../../../../shared/data/nifti/nitime/fmri1.nii.gz)."""
import json
import sys
import nibabel as nib
import numpy as np

path = sys.argv[1] if len(sys.argv) > 1 else "../../../../../../shared/data/nifti/nitime/fmri1.nii.gz"
img = nib.load(path)
data = img.get_fdata()
shape = data.shape[:3]
i, j, k = np.meshgrid(*[np.arange(n) for n in shape], indexing="ij")
slab_labels = np.array([1, 2, 5, 9])
atlas = slab_labels[k // 5]
atlas[i == 0] = 0
atlas_img = nib.Nifti1Image(atlas.astype(np.int16), img.affine)
atlas_img.set_data_dtype(np.int16)
nib.save(atlas_img, "nitime_slabs.nii.gz")
with open("nitime_slabs.tsv", "w") as f:
    f.write("index\tname\n1\tbottom\n2\tlower\n5\tupper\n9\ttop\n")
means = np.stack([data[atlas == lab].mean(axis=0) for lab in slab_labels], axis=1)

blob1 = np.exp(-((i - 3) ** 2 + (j - 4) ** 2 + (k - 5) ** 2) / 8.0)
blob2 = np.exp(-((i - 6) ** 2 + (j - 5) ** 2 + (k - 12) ** 2) / 18.0)
ramp = j / 9.0
maps = np.stack([blob1, blob2, ramp], axis=-1).astype(np.float32)
maps_img = nib.Nifti1Image(maps, img.affine)
maps_img.set_data_dtype(np.float32)
nib.save(maps_img, "nitime_maps.nii.gz")
m = maps.astype(np.float64).reshape(-1, 3, order="F")
y = data.reshape(-1, data.shape[3], order="F")
lstsq = np.linalg.lstsq(m, y, rcond=None)[0].T
with open("nitime_reference.json", "w") as f:
    json.dump({"software": "numpy " + np.__version__ + ", nibabel " + nib.__version__,
               "labels": slab_labels.tolist(), "names": ["bottom", "lower", "upper", "top"],
               "means": means.tolist(), "maps_lstsq": lstsq.tolist()}, f)
