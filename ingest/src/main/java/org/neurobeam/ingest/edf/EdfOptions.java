package org.neurobeam.ingest.edf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How tolerant an {@link EdfReader} is.
 *
 * @param annotationEncoding charset of TAL texts: UTF-8 per EDF+ spec §2.2.3; Latin-1 files exist
 *                           (MNE's {@code encoding} parameter, mne-python#11135)
 * @param dropTruncatedRecord read a file whose last data record is cut short by ignoring that record,
 *                           with a warning; by default such a file is rejected
 */
public record EdfOptions(Charset annotationEncoding, boolean dropTruncatedRecord) {

    /** UTF-8 annotations, truncated records rejected. */
    public static EdfOptions defaults() {
        return new EdfOptions(StandardCharsets.UTF_8, false);
    }

    /** These options with another annotation encoding. */
    public EdfOptions withAnnotationEncoding(Charset charset) {
        return new EdfOptions(charset, dropTruncatedRecord);
    }

    /** These options, dropping a truncated last record instead of failing. */
    public EdfOptions droppingTruncatedRecord() {
        return new EdfOptions(annotationEncoding, true);
    }
}
