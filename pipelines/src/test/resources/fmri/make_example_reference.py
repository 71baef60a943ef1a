"""Reference values for the fMRI stages of `neurobeam run` on examples/ds-mini with its atlas.

Run with Debian's /usr/bin/python3 (numpy, scipy, scikit-learn, nibabel). Independent of NeuroBeam:
  * the atlas is brought onto each run's grid by nearest-neighbour lookup, as
    scipy.ndimage.map_coordinates(order=0) does (voxel centre mapped through inv(atlas) @ bold affine);
  * region signals are label means over all voxels of the run's grid (nilearn NiftiLabelsMasker, mean);
  * cleaning is scipy.signal.detrend (linear) then a z-score with ddof=1 (nilearn zscore_sample);
  * correlation is what nilearn ConnectivityMeasure(kind="correlation") computes with
    sklearn.covariance.LedoitWolf: Ledoit-Wolf on the z-scored (ddof 0) cleaned signals, then the
    covariance normalised to a correlation.
"""
import json

import nibabel as nib
import numpy as np
from scipy import ndimage, signal
from sklearn.covariance import LedoitWolf

EXAMPLE = "../../../../../examples"


def region_means(bold_path, atlas_path):
    bold = nib.load(bold_path)
    atlas = nib.load(atlas_path)
    grid = np.indices(bold.shape[:3]).reshape(3, -1)
    homogeneous = np.vstack([grid, np.ones(grid.shape[1])])
    coords = (np.linalg.inv(atlas.affine) @ bold.affine @ homogeneous)[:3]
    labels = ndimage.map_coordinates(np.asarray(atlas.dataobj), coords, order=0, mode="constant", cval=0)
    data = bold.get_fdata().reshape(-1, bold.shape[3])
    present = [int(v) for v in np.unique(labels) if v != 0]
    means = np.column_stack([data[labels == v].mean(axis=0) for v in present])
    counts = [int((labels == v).sum()) for v in present]
    return present, counts, means


def main():
    runs = {}
    for subject in ("01", "02"):
        bold = f"{EXAMPLE}/ds-mini/sub-{subject}/func/sub-{subject}_task-checkerboard_bold.nii.gz"
        labels, counts, means = region_means(bold, f"{EXAMPLE}/atlas/ds-mini_atlas.nii.gz")
        cleaned = signal.detrend(means, axis=0, type="linear")
        cleaned = (cleaned - cleaned.mean(axis=0)) / cleaned.std(axis=0, ddof=1)
        zscored = (cleaned - cleaned.mean(axis=0)) / cleaned.std(axis=0)
        covariance = LedoitWolf(store_precision=False).fit(zscored).covariance_
        scale = np.sqrt(np.diag(covariance))
        correlation = covariance / np.outer(scale, scale)
        runs[f"sub-{subject}_task-checkerboard_bold"] = {
            "regions": labels,
            "voxels_per_region": counts,
            "region_means": means.T.tolist(),
            "cleaned": cleaned.T.tolist(),
            "correlation_ledoit_wolf": correlation.tolist(),
        }
    with open("example_reference.json", "w") as out:
        json.dump({"software": {"numpy": np.__version__, "nibabel": nib.__version__},
                   "runs": runs}, out, indent=1)


if __name__ == "__main__":
    main()
