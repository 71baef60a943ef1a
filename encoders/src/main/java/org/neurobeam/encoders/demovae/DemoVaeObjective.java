package org.neurobeam.encoders.demovae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.neurobeam.encoders.train.LossTerms;
import org.neurobeam.encoders.train.TrainingObjective;

/**
 * DemoVAE's training loss (Orlichenko et al. 2024, L_Recon, L_Cov, L_Mean, L_Demo, L_Guide; reference
 * {@code train_vae}, models.md §5.4), each an RMSE: reconstruction of the batch; the latent Gram matrix zᵀz
 * against N·I and the latent mean against 0 (in place of a KL term, with no sampling); for every decoder
 * demographic input d, the per-latent coefficient Σ(d − d̄)z_j / (sd(d)·Σz_j²) against 0, summed over inputs;
 * and the guidance losses: {@code guidanceSamples} connectomes decoded from z ~ N(0, I) at random demographics
 * (continuous ~ N(0, 1) in z-score units, one random level per categorical field for the whole draw) must let the
 * {@link GuidanceModels} recover those demographics (RMSE, or two-logit cross-entropy on ±score per level).
 */
final class DemoVaeObjective implements TrainingObjective {

    private static final float EPSILON = 1e-8f;

    private final DemoVaeBlock block;
    private final DemoVaeConfig config;
    private final DemographicSchema schema;
    private final GuidanceModels guidance;
    private final Random random;

    DemoVaeObjective(DemoVaeBlock block, DemoVaeConfig config, DemographicSchema schema, GuidanceModels guidance,
            long seed) {
        this.block = block;
        this.config = config;
        this.schema = schema;
        this.guidance = guidance;
        this.random = new Random(seed);
    }

    @Override
    public Shape[] inputShapes() {
        return block.inputShapes();
    }

    @Override
    public LossTerms loss(ParameterStore parameters, NDList batch, boolean training) {
        NDArray x = batch.get(0);
        NDArray demo = batch.get(1);
        NDManager manager = x.getManager();
        long n = x.getShape().get(0);
        NDArray z = block.encode(parameters, x, training);
        NDArray y = block.decode(parameters, z, demo, training);
        Map<String, NDArray> terms = new LinkedHashMap<>();
        terms.put("reconstruction", rmse(x.sub(y)));
        terms.put("covariance", rmse(z.transpose().matMul(z).sub(manager.eye((int) z.getShape().get(1)).mul(n))));
        terms.put("mean", rmse(z.mean(new int[] {0})));
        terms.put("decorrelation", decorrelation(z, demo));
        terms.put("guidance", guidance(parameters, manager, training));
        NDArray total = terms.get("reconstruction").mul((float) config.reconstructionWeight())
                .add(terms.get("covariance").mul((float) config.covarianceWeight()))
                .add(terms.get("mean").mul((float) config.meanWeight()))
                .add(terms.get("decorrelation").mul((float) config.decorrelationWeight()))
                .add(terms.get("guidance").mul((float) config.guidanceWeight()));
        return new LossTerms(total, terms);
    }

    private static NDArray rmse(NDArray difference) {
        return difference.square().mean().sqrt();
    }

    /** Σ over demographic inputs of the RMSE of the per-latent coefficients. */
    private static NDArray decorrelation(NDArray z, NDArray demo) {
        NDArray centred = demo.sub(demo.mean(new int[] {0}, true));
        NDArray sd = centred.square().mean(new int[] {0}).sqrt();
        NDArray norms = z.square().sum(new int[] {0});
        NDArray coefficients = centred.transpose().matMul(z)
                .div(sd.expandDims(1).matMul(norms.expandDims(0)).add(EPSILON));
        return coefficients.square().mean(new int[] {1}).sqrt().sum();
    }

    private NDArray guidance(ParameterStore parameters, NDManager manager, boolean training) {
        int samples = config.guidanceSamples();
        int width = schema.width();
        float[] drawn = new float[samples * width];
        int at = 0;
        for (DemographicField field : schema.fields()) {
            if (field.kind() == DemographicKind.CONTINUOUS) {
                for (int s = 0; s < samples; s++) {
                    drawn[s * width + at] = (float) random.nextGaussian();
                }
            } else {
                int level = random.nextInt(field.width());
                for (int s = 0; s < samples; s++) {
                    drawn[s * width + at + level] = 1;
                }
            }
            at += field.width();
        }
        NDArray demo = manager.create(drawn, new Shape(samples, width));
        NDArray z = manager.randomNormal(new Shape(samples, config.latent()));
        NDArray generated = block.decode(parameters, z, demo, training);
        NDArray scores = generated.matMul(manager.create(guidance.weights(), new Shape(guidance.features(), width)))
                .add(manager.create(guidance.intercepts()));
        NDArray sum = manager.zeros(new Shape());
        at = 0;
        for (DemographicField field : schema.fields()) {
            for (int k = 0; k < field.width(); k++, at++) {
                NDArray score = scores.get(new NDIndex(":, {}", at));
                if (field.kind() == DemographicKind.CONTINUOUS) {
                    sum = sum.add(rmse(score.sub(demo.get(new NDIndex(":, {}", at)))));
                } else {
                    float sign = drawn[at] == 1 ? -2f : 2f;
                    sum = sum.add(Activation.softPlus(score.mul(sign)).mean());
                }
            }
        }
        return sum;
    }
}
