package org.neurobeam.ingest.nifti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/** Reads the extension list that follows the header's 4-byte extender (NIfTI-1 spec, section 4). */
final class ExtensionReader {

    private ExtensionReader() {
    }

    /**
     * {@code head} holds the bytes already read after the header, {@code in} the rest of the stream;
     * {@code room} is how many bytes there are before the voxels (unbounded for a .hdr).
     */
    static List<NiftiExtension> read(byte[] head, InputStream in, long room, ByteOrder order, Path file)
            throws IOException {
        List<NiftiExtension> out = new ArrayList<>();
        if (room < 4 || head.length < 4 || head[0] == 0) {
            return out;
        }
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, 4,
                head.length - 4), in);
        long left = room - 4;
        while (left >= 8) {
            byte[] prefix = NiftiFiles.readUpTo(rest, 8, file);
            if (prefix.length < 8) {
                break;
            }
            ByteBuffer p = ByteBuffer.wrap(prefix).order(order);
            int esize = p.getInt(0);
            int ecode = p.getInt(4);
            Checks.input(esize >= 8 && esize % 16 == 0 && esize <= left, file, "extensions",
                    "extension %d has esize %d: expected a multiple of 16, at least 8, within the %d bytes left",
                    out.size(), esize, left);
            byte[] content = NiftiFiles.readUpTo(rest, esize - 8, file);
            Checks.input(content.length == esize - 8, file, "extensions",
                    "extension %d declares %d bytes but the file ends after %d", out.size(), esize,
                    content.length + 8);
            out.add(new NiftiExtension(ecode, content));
            left -= esize;
        }
        return out;
    }
}
