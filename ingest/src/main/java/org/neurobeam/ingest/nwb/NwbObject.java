package org.neurobeam.ingest.nwb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of an NWB file's object tree, for {@code inspect}: a group, dataset or soft link with its
 * NWB type (the {@code neurodata_type} attribute NWB 2.x storage puts on every typed object, "NWB
 * storage: HDF5", {@code namespace}/{@code neurodata_type}/{@code object_id}).
 *
 * @param path          absolute HDF5 path
 * @param kind          {@code group}, {@code dataset} or {@code soft link}
 * @param neurodataType the {@code neurodata_type} attribute, or {@code null}
 * @param shape         dataset shape ({@code []} scalar), {@code null} for groups and links
 * @param dtype         dataset type as h5py names it (see {@code NwbDtypes}), {@code null} otherwise
 * @param attributes    attributes: strings, numbers, lists; object references as
 *                      {@code "object reference -> /target/path"}
 * @param value         value of a scalar dataset, else {@code null}
 * @param linkTarget    target path of a soft link, else {@code null}
 */
public record NwbObject(String path, String kind, String neurodataType, long[] shape, String dtype,
        Map<String, Object> attributes, Object value, String linkTarget) {

    public NwbObject {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
