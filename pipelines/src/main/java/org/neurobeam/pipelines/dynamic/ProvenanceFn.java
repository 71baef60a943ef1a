package org.neurobeam.pipelines.dynamic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * {@code provenance.json} of {@code dynamic} and {@code states}: the driver's part (settings) plus each
 * analysis's part, in sorted order.
 */
public final class ProvenanceFn extends DoFn<String, String> {

    private static final long serialVersionUID = 1L;

    private final PCollectionView<List<String>> parts;

    /** {@code parts}: the analyses' JSON objects, merged into the driver's in sorted order. */
    public ProvenanceFn(PCollectionView<List<String>> parts) {
        this.parts = parts;
    }

    @ProcessElement
    public void process(@Element String driverPart, OutputReceiver<String> out, ProcessContext context)
            throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode provenance = (ObjectNode) json.readTree(driverPart);
        for (String part : context.sideInput(parts).stream().sorted().toList()) {
            provenance.setAll((ObjectNode) json.readTree(part));
        }
        out.output(json.writeValueAsString(provenance));
    }
}
