package org.neurobeam.pipelines.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurobeam.pipelines.inspect.Inspections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurobeam inspect FILE}: format, header, affine, shape and statistics of one file. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the format, header and statistics of a recording file.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A recording file (NIfTI, ...).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object and nothing else on stdout.")
    boolean json;

    @Option(names = "--voxel", paramLabel = "i,j,k[,t]", split = ",",
            description = "Also report this voxel's scaled value (its time series when t is left out of a 4D image).")
    long[] voxel;

    @Option(names = "--samples", paramLabel = "N",
            description = "Also report the first N values of each channel or unit, in SI units.")
    Integer samples;

    @Override
    public Integer call() {
        ObjectNode report;
        try {
            report = Inspections.inspect(file, voxel, samples);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("neurobeam inspect: " + e.getMessage());
            return 1;
        }
        ObjectMapper mapper = new ObjectMapper();
        try {
            if (json) {
                System.out.println(mapper.writeValueAsString(report));
            } else {
                System.out.println(mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            }
        } catch (IOException e) {
            System.err.println("neurobeam inspect: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
