package org.neurobeam.encoders.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The NeuroBeam version recorded in {@code training.json}: the {@code neurobeam-version.properties} the
 * pipelines jar carries when it is on the classpath, else the version Maven wrote into this module's jar, else
 * {@code "unknown"} (classes run from a build folder, as in this module's own tests).
 */
final class BuildVersion {

    private static final String[] RESOURCES = {
        "/neurobeam-version.properties", "/META-INF/maven/org.neurobeam/neurobeam-encoders/pom.properties"};

    private BuildVersion() {
    }

    static String get() {
        for (String resource : RESOURCES) {
            try (InputStream in = BuildVersion.class.getResourceAsStream(resource)) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    String version = properties.getProperty("version");
                    if (version != null && !version.startsWith("$")) {
                        return version;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return "unknown";
    }
}
