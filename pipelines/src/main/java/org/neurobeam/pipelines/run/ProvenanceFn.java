package org.neurobeam.pipelines.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Completes {@code provenance.json}: the run's static part (version, command line, options), built on the
 * driver, plus what the workers found (input checksums, notes), sorted so that the same input gives the
 * same file on every runner.
 */
final class ProvenanceFn extends DoFn<String, String> {

    private static final long serialVersionUID = 1L;

    private final PCollectionView<List<KV<String, String>>> checksums;
    private final PCollectionView<List<KV<String, String>>> notes;

    ProvenanceFn(PCollectionView<List<KV<String, String>>> checksums,
            PCollectionView<List<KV<String, String>>> notes) {
        this.checksums = checksums;
        this.notes = notes;
    }

    @ProcessElement
    public void process(@Element String staticPart, OutputReceiver<String> out, ProcessContext context)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode provenance = (ObjectNode) json.readTree(staticPart);
        Map<String, String> sorted = new TreeMap<>();
        for (KV<String, String> checksum : context.sideInput(checksums)) {
            sorted.put(checksum.getKey(), checksum.getValue());
        }
        ObjectNode inputs = provenance.putObject("input_sha256");
        sorted.forEach(inputs::put);
        ArrayNode noteArray = provenance.putArray("notes");
        context.sideInput(notes).stream()
                .sorted(Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue))
                .forEach(kv -> noteArray.addObject().put("path", kv.getKey()).put("note", kv.getValue()));
        out.output(json.writeValueAsString(provenance));
    }
}
