package org.neurobeam.ingest.nwb;

import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves HDF5 object references to paths. jhdf returns a reference as the object header address of
 * its target (HDF5 spec, "Reference" datatype class 7, object reference), so the index maps every
 * group's and dataset's address to the first path (children in name order) that reaches it, walking
 * the hard links only.
 */
final class AddressIndex {

    private final Map<Long, String> paths = new HashMap<>();

    AddressIndex(Group root) {
        paths.put(root.getAddress(), "/");
        walk(root);
    }

    private void walk(Group group) {
        for (String name : group.getChildren().keySet().stream().sorted().toList()) {
            Node child = group.getChild(name);
            if (child.isLink()) {
                continue;
            }
            paths.putIfAbsent(child.getAddress(), NwbFile.path(child));
            if (child instanceof Group g) {
                walk(g);
            }
        }
    }

    /** The path of the object at {@code address}, or {@code null} if no hard link reaches it. */
    String path(long address) {
        return paths.get(address);
    }
}
