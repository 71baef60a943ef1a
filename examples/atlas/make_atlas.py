"""Builds the example labels atlas of examples/ds-mini (run with Debian's /usr/bin/python3 and nibabel).

The three example runs cover two small, disjoint fields of view (nitime's fmri1 patch for sub-01/02,
nibabel's example4d slab for sub-03), so no standard-space atlas overlaps them. This atlas is a 4 mm grid
in the images' world space holding four box-shaped regions inside each field of view: 1-4 split the
fmri1 patch along y and z, 5-8 split the example4d slab along x and y. Regions outside a run's field of
view are reported as empty for that run, which the example shows on purpose.
"""
import itertools

import nibabel as nib
import numpy as np

VOXEL_MM = 4.0


def world_box(path):
    image = nib.load(path)
    corners = np.array([image.affine @ np.array([i, j, k, 1.0])
                        for i, j, k in itertools.product(*[(0, n - 1) for n in image.shape[:3]])])[:, :3]
    return corners.min(axis=0), corners.max(axis=0)


def main():
    patch = world_box("../ds-mini/sub-01/func/sub-01_task-checkerboard_bold.nii.gz")
    slab = world_box("../ds-mini/sub-03/func/sub-03_task-rest_bold.nii.gz")
    low = np.minimum(patch[0], slab[0]) - VOXEL_MM
    high = np.maximum(patch[1], slab[1]) + VOXEL_MM
    shape = np.ceil((high - low) / VOXEL_MM).astype(int) + 1
    affine = np.diag([VOXEL_MM, VOXEL_MM, VOXEL_MM, 1.0])
    affine[:3, 3] = low
    ijk = np.indices(shape).reshape(3, -1).T
    xyz = ijk * VOXEL_MM + low
    labels = np.zeros(len(xyz), dtype=np.int16)
    names = {}

    def split(box, axes, first_label, prefix, words):
        (lo, hi) = box
        inside = np.all((xyz >= lo) & (xyz <= hi), axis=1)
        middle = (lo + hi) / 2
        for n, (a, b) in enumerate(itertools.product((0, 1), (0, 1))):
            upper_a = xyz[:, axes[0]] > middle[axes[0]]
            upper_b = xyz[:, axes[1]] > middle[axes[1]]
            chosen = inside & (upper_a == bool(a)) & (upper_b == bool(b))
            labels[chosen] = first_label + n
            names[first_label + n] = f"{prefix}_{words[0][a]}_{words[1][b]}"

    split(patch, (1, 2), 1, "patch", (("posterior", "anterior"), ("inferior", "superior")))
    split(slab, (0, 1), 5, "slab", (("right", "left"), ("posterior", "anterior")))
    image = nib.Nifti1Image(labels.reshape(shape), affine)
    image.header.set_xyzt_units("mm")
    image.set_sform(affine, code=2)
    image.set_qform(affine, code=2)
    nib.save(image, "ds-mini_atlas.nii.gz")
    with open("ds-mini_atlas.tsv", "w") as tsv:
        tsv.write("index\tname\n")
        for label in sorted(names):
            tsv.write(f"{label}\t{names[label]}\n")


if __name__ == "__main__":
    main()
