package org.neurobeam.connectome.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** NMI and ARI against scikit-learn (fixture from connectome-dynamic/make_fixtures.py); trivial labelings. */
class PartitionAgreementTest {

    @Test
    void matchesScikitLearn() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/connectome-dynamic/agreement.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in)) {
                int[] a = labels(c.get("a"));
                int[] b = labels(c.get("b"));
                assertEquals(c.get("ari").asDouble(), PartitionAgreement.adjustedRand(a, b), 1e-12);
                assertEquals(c.get("nmi").asDouble(), PartitionAgreement.nmi(a, b), 1e-12);
            }
        }
    }

    @Test
    void trivialAndRelabelled() {
        assertEquals(1.0, PartitionAgreement.nmi(new int[] {0, 0, 0}, new int[] {5, 5, 5}));
        assertEquals(1.0, PartitionAgreement.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {7, 7, 3, 3}));
        assertEquals(0.0, PartitionAgreement.nmi(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}));
    }

    private static int[] labels(JsonNode node) {
        int[] v = new int[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asInt();
        }
        return v;
    }
}
