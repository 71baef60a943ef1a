package org.neurobeam.ingest.nifti;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/** The voxel bytes of an image, addressed from the first voxel (vox_offset on disk is 0 here). */
interface VoxelSource extends Closeable {

    /** Fills {@code chunk}'s remaining bytes with the data bytes starting at {@code position}. */
    void read(long position, ByteBuffer chunk) throws IOException;
}
