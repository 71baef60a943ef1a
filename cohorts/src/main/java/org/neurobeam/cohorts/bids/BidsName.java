package org.neurobeam.cohorts.bids;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A BIDS file name split into entities, suffix and extension (BIDS "Common principles", Filenames and
 * Entities): {@code key-label} pairs joined by {@code _}, then {@code _suffix}, then the extension, which
 * starts at the first dot (labels and suffixes cannot hold dots). Keys are letters, labels and suffixes
 * alphanumeric; an entity may appear once.
 */
public final class BidsName {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z]+");
    private static final Pattern ALNUM = Pattern.compile("[a-zA-Z0-9]+");

    private final Map<String, String> entities;
    private final String suffix;
    private final String extension;

    private BidsName(Map<String, String> entities, String suffix, String extension) {
        this.entities = Collections.unmodifiableMap(entities);
        this.suffix = suffix;
        this.extension = extension;
    }

    /** Parses {@code fileName}; fails with the reason when it breaks the rules above. */
    public static BidsName parse(String fileName) {
        int dot = fileName.indexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        int underscore = stem.lastIndexOf('_');
        String suffix = stem.substring(underscore + 1);
        if (!ALNUM.matcher(suffix).matches()) {
            throw new IllegalArgumentException("suffix '" + suffix + "' must be alphanumeric");
        }
        Map<String, String> entities = new LinkedHashMap<>();
        if (underscore > 0) {
            for (String pair : stem.substring(0, underscore).split("_", -1)) {
                int dash = pair.indexOf('-');
                if (dash < 0) {
                    throw new IllegalArgumentException("entity '" + pair + "' is not a key-label pair");
                }
                String key = pair.substring(0, dash);
                String label = pair.substring(dash + 1);
                if (!KEY.matcher(key).matches()) {
                    throw new IllegalArgumentException("entity name '" + key + "' in '" + pair + "' must be letters");
                }
                if (!ALNUM.matcher(label).matches()) {
                    throw new IllegalArgumentException("entity '" + key + "' has label '" + label
                            + "'; labels must be non-empty and alphanumeric");
                }
                if (entities.putIfAbsent(key, label) != null) {
                    throw new IllegalArgumentException("entity '" + key + "' appears more than once");
                }
            }
        }
        return new BidsName(entities, suffix, extension);
    }

    /** Like {@link #parse} but empty for names that are not BIDS names (README, dataset_description.json, ...). */
    public static Optional<BidsName> tryParse(String fileName) {
        try {
            return Optional.of(parse(fileName));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Entities in file-name order, key to label. */
    public Map<String, String> entities() {
        return entities;
    }

    public String suffix() {
        return suffix;
    }

    /** The extension with its dot ({@code .nii.gz}), or an empty string. */
    public String extension() {
        return extension;
    }

    /**
     * True when every entity of this (metadata) name is also in {@code data} with the same label: the
     * applicability rule of the BIDS Inheritance Principle ("Common principles").
     */
    public boolean entitiesWithin(BidsName data) {
        return entitiesWithin(data, null);
    }

    /** As {@link #entitiesWithin(BidsName)}, not counting this name's entity {@code except}. */
    public boolean entitiesWithin(BidsName data, String except) {
        for (Map.Entry<String, String> entity : entities.entrySet()) {
            if (!entity.getKey().equals(except) && !entity.getValue().equals(data.entities.get(entity.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
