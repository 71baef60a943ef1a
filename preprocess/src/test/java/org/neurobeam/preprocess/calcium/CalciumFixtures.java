package org.neurobeam.preprocess.calcium;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.neurobeam.ingest.testing.SharedData;
import org.neurobeam.preprocess.Fixtures;

/** The scipy/numpy fixture written by src/test/resources/calcium/make_calcium_filters_fixture.py. */
final class CalciumFixtures {

    private static JsonNode filters;

    private CalciumFixtures() {
    }

    /** calcium/calcium_filters.json (parsed once). */
    static synchronized JsonNode filters() throws IOException {
        if (filters == null) {
            filters = Fixtures.json("calcium/calcium_filters.json");
        }
        return filters;
    }

    /** The fixture's input trace of length {@code n}. */
    static double[] trace(int n) throws IOException {
        return SharedData.numbers(filters().get("traces").get(Integer.toString(n)));
    }
}
