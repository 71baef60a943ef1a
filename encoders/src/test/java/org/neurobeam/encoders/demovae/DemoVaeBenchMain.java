package org.neurobeam.encoders.demovae;

import java.util.Random;
import org.neurobeam.encoders.engine.TorchEngine;

/**
 * Runs {@link DemoVaeBenchmark} on random connectomes (not a test): {@code small} = 20 regions, hidden 64, latent
 * 6, 1,000 subjects, batches of 200, demographics age + sex; {@code power264} = the reference size (264 regions,
 * 34,716 edges, hidden 1000, latent 60), 500 subjects, batches of 100, demographics age only, as in
 * docs/bench/demovae_torch.py. Arguments: size, epochs, libtorch threads.
 */
public final class DemoVaeBenchMain {

    private DemoVaeBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = args[0].equals("power264");
        int epochs = Integer.parseInt(args[1]);
        TorchEngine.setThreads(Integer.parseInt(args[2]));
        int regions = full ? 264 : 20;
        int subjects = full ? 500 : 1000;
        DemoVaeConfig config = full ? DemoVaeConfig.defaults(regions) : DemoVaeConfig.defaults(regions).withSize(64, 6);
        Random random = new Random(1);
        double[][] vectors = new double[subjects][config.features()];
        double[] age = new double[subjects];
        String[] sex = new String[subjects];
        for (int i = 0; i < subjects; i++) {
            for (int e = 0; e < vectors[i].length; e++) {
                vectors[i][e] = 0.3 * random.nextGaussian();
            }
            age[i] = 8 + 15 * random.nextDouble();
            sex[i] = random.nextBoolean() ? "M" : "F";
        }
        Demographics demographics = full ? Demographics.of(DemographicColumn.continuous("age", age))
                : Demographics.of(DemographicColumn.continuous("age", age), DemographicColumn.categorical("sex", sex));
        System.out.println(DemoVaeBenchmark.measure(config, vectors, demographics, epochs, full ? 100 : 200));
    }
}
