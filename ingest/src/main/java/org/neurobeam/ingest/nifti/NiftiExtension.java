package org.neurobeam.ingest.nifti;

import java.io.Serializable;

/**
 * One header extension (NIfTI-1 spec, "extensions"): its {@code ecode} (6 = comment, 32 = CIFTI-2 XML,
 * ...) and its content, i.e. the {@code esize - 8} bytes after the esize/ecode pair, padding included
 * (nibabel strips trailing NULs from the content it reports; we keep the bytes as on disk).
 */
public record NiftiExtension(int code, byte[] content) implements Serializable {

    public NiftiExtension {
        content = content.clone();
    }

    /** A copy of the content bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Bytes this extension takes on disk: 8 + content, rounded up to a multiple of 16 (the spec's esize). */
    public int esize() {
        return (8 + content.length + 15) / 16 * 16;
    }
}
