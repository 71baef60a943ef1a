package org.neurobeam.ingest.nifti;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.neurobeam.ingest.testing.SharedData;

/** The NIfTI files of the reference corpus (MANIFEST.md, NIfTI section) and their nibabel references. */
final class ReferenceFiles {

    static final List<String> NAMES = List.of(
            "nifti/nibabel/example4d.nii.gz",
            "nifti/nibabel/anatomical.nii",
            "nifti/nibabel/example_nifti2.nii.gz",
            "nifti/nibabel/standard.nii.gz",
            "nifti/nibabel/reoriented_anat_moved.nii",
            "nifti/nibabel/resampled_anat_moved.nii",
            "nifti/nibabel/row_major.dconn.nii",
            "nifti/nipy/anatomical.nii.gz",
            "nifti/nipy/some_blobs.nii",
            "nifti/nitime/fmri1.nii.gz",
            "nifti/derived/nibabel_scaled_int16_msec.nii.gz",
            "nifti/derived/nibabel_nifti2_be_f8_qform_only.nii.gz");

    private ReferenceFiles() {
    }

    static JsonNode ref(String name) {
        return SharedData.json(SharedData.file(name + ".ref.json"));
    }
}
