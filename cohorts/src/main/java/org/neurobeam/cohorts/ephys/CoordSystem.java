package org.neurobeam.cohorts.ephys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The content of a {@code *_coordsystem.json} (BIDS "Electroencephalography", "Magnetoencephalography",
 * "Intracranial Electroencephalography", Coordinate System JSON; appendix "Coordinate systems"): for each
 * datatype it describes, the coordinate system of the sensor positions ({@code <prefix>CoordinateSystem},
 * for example {@code ACPC}, {@code CTF}, {@code Other}), their units ({@code <prefix>CoordinateUnits}:
 * {@code m}, {@code mm}, {@code cm}, {@code pixels}) and description, plus the associated image
 * ({@code IntendedFor}: one path or a list of paths).
 *
 * <p>Fails with an {@link InvalidInputException} naming the file, and the field where one is at fault, when
 * the file is not a JSON object or one of these fields is not a string (or, for {@code IntendedFor}, a list
 * of strings). Which fields a datatype requires is for {@link #missingKeys(EphysDatatype)} to say.
 */
public final class CoordSystem {

    /** The coordinate system of one datatype's sensors; units and description may be {@code null}. */
    public record Frame(String system, String units, String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final Map<EphysDatatype, Frame> frames;
    private final List<String> intendedFor;

    private CoordSystem(String path, Map<EphysDatatype, Frame> frames, List<String> intendedFor) {
        this.path = path;
        this.frames = Collections.unmodifiableMap(frames);
        this.intendedFor = Collections.unmodifiableList(intendedFor);
    }

    /** Reads {@code file}. */
    public static CoordSystem read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file, null, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        Checks.input(root != null && root.isObject(), file, null, "expected a JSON object, found %s",
                root == null ? "an empty file" : root.getNodeType());
        Map<EphysDatatype, Frame> frames = new LinkedHashMap<>();
        for (EphysDatatype datatype : EphysDatatype.values()) {
            String key = datatype.prefix() + "Coordinate";
            String system = text(file, root, key + "System");
            if (system != null) {
                frames.put(datatype, new Frame(system, text(file, root, key + "Units"),
                        text(file, root, key + "SystemDescription")));
            }
        }
        List<String> intendedFor = new ArrayList<>();
        JsonNode images = root.path("IntendedFor");
        for (JsonNode image : images.isArray() ? images : List.of(images)) {
            if (!image.isMissingNode()) {
                Checks.input(image.isTextual(), file, "IntendedFor", "expected a path or a list of paths, found %s",
                        image.getNodeType());
                intendedFor.add(image.asText());
            }
        }
        return new CoordSystem(file.toAbsolutePath().normalize().toString(), frames, intendedFor);
    }

    private static String text(Path file, JsonNode root, String key) throws InvalidInputException {
        JsonNode value = root.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        Checks.input(value.isTextual(), file, key, "expected a string, found %s", value.getNodeType());
        return value.asText();
    }

    /** Absolute path of the file read. */
    public String path() {
        return path;
    }

    /** The coordinate system given for {@code datatype}'s sensors, if any. */
    public Optional<Frame> frame(EphysDatatype datatype) {
        return Optional.ofNullable(frames.get(datatype));
    }

    /** Every coordinate system the file gives, by datatype (a MEG file often gives the EEG one too). */
    public Map<EphysDatatype, Frame> frames() {
        return frames;
    }

    /** The associated image(s), {@code IntendedFor}, as written (BIDS URIs or paths); empty when none. */
    public List<String> intendedFor() {
        return intendedFor;
    }

    /**
     * The REQUIRED keys absent for {@code datatype}: its {@code CoordinateSystem} and {@code CoordinateUnits},
     * and the {@code CoordinateSystemDescription} when the system is {@code Other}.
     */
    public List<String> missingKeys(EphysDatatype datatype) {
        String key = datatype.prefix() + "Coordinate";
        Frame frame = frames.get(datatype);
        if (frame == null) {
            return List.of(key + "System", key + "Units");
        }
        List<String> missing = new ArrayList<>();
        if (frame.units() == null) {
            missing.add(key + "Units");
        }
        if ("Other".equals(frame.system()) && frame.description() == null) {
            missing.add(key + "SystemDescription");
        }
        return missing;
    }
}
