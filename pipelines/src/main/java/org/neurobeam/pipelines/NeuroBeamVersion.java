package org.neurobeam.pipelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The NeuroBeam version this build carries, from the Maven project version. */
public final class NeuroBeamVersion {

    private NeuroBeamVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = NeuroBeamVersion.class.getResourceAsStream("/neurobeam-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
