package org.neurobeam.pipelines.run;

/** Raised under {@code --fail-fast}: the first recording that fails stops the run, naming its file. */
public final class RecordingFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public RecordingFailedException(String path, Throwable cause) {
        super(path + ": " + cause.getMessage(), cause);
        this.path = path;
    }

    /** The data file that failed. */
    public String path() {
        return path;
    }
}
