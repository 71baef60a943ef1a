package org.neurobeam.connectome.glm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.ingest.testing.SharedData;

/**
 * SPM's canonical HRF and its spm_get_bf derivatives against hrf/spm_hrf.ref.json (scipy re-derivation
 * and SPM/Octave output), nilearn's kernels against glm_fixture.json (scipy.stats.gamma).
 */
class HrfTest {

    @Test
    void canonicalHrfMatchesTheReferenceSamplings() {
        JsonNode ref = Fixture.spmReference();
        double worst = 0;
        for (String key : new String[] {"canonical_hrf_tr2.0", "canonical_hrf_tr0.1"}) {
            JsonNode node = ref.get(key);
            double[] expected = SharedData.numbers(node.get("hrf"));
            double[] actual = SpmHrf.DEFAULT.sample(node.get("TR_seconds").asDouble());
            double diff = Fixture.maxAbsDiff(actual, expected);
            System.out.printf("SPM HRF %s: %d samples, max |diff| %.3e%n", key, actual.length, diff);
            worst = Math.max(worst, diff);
        }
        JsonNode octave = ref.get("spm_hrfs_mat_default_params");
        for (String dt : new String[] {"0.5", "1.0", "1.5"}) {
            double[] expected = SharedData.numbers(octave.get("dt_" + dt));
            double diff = Fixture.maxAbsDiff(SpmHrf.DEFAULT.sample(Double.parseDouble(dt)), expected);
            System.out.printf("SPM HRF vs SPM/Octave spm_hrfs.mat dt %s: max |diff| %.3e%n", dt, diff);
            worst = Math.max(worst, diff);
        }
        assertTrue(worst <= 1e-12, "max diff " + worst);
        double[] csv = Fixture.column(Fixture.csv("hrf/spm_hrf_tr2.0.csv", 1), 1);
        assertTrue(Fixture.maxAbsDiff(SpmHrf.DEFAULT.sample(2.0), csv) <= 1e-12);
    }

    @Test
    void derivativesMatchSpmBases() {
        JsonNode bases = Fixture.spmReference().get("spm_bases_mat");
        double[] dhrf = SharedData.numbers(bases.get("dhrf_first_10"));
        double[] ddhrf = SharedData.numbers(bases.get("ddhrf_first_10"));
        double[] time = SpmHrf.DEFAULT.timeDerivative(0.01);
        double[] dispersion = SpmHrf.DEFAULT.dispersionDerivative(0.01);
        assertEquals(bases.get("n").asInt(), time.length);
        double worst = 0;
        for (int i = 1; i < 10; i++) {
            worst = Math.max(worst, Math.abs(time[i] - dhrf[i]) / Math.abs(dhrf[i]));
            worst = Math.max(worst, Math.abs(dispersion[i] - ddhrf[i]) / Math.abs(ddhrf[i]));
        }
        System.out.printf("spm_get_bf derivatives vs spm_bases.mat (first 10, values 1e-14..1e-8): max rel %.3e%n",
                worst);
        assertTrue(worst < 1e-9, "derivative rel diff " + worst);
        assertEquals(0, time[0]);
    }

    @Test
    void nilearnKernelsMatchScipyGamma() {
        JsonNode hrf = Fixture.glm().get("hrf");
        double tr = hrf.get("tr").asDouble();
        int os = hrf.get("oversampling").asInt();
        double[][] pairs = {
            GammaDifferenceHrf.SPM.sample(tr, os, 0), SharedData.numbers(hrf.get("spm")),
            GammaDifferenceHrf.GLOVER.sample(tr, os, 0), SharedData.numbers(hrf.get("glover")),
            GammaDifferenceHrf.SPM.timeDerivative(tr, os), SharedData.numbers(hrf.get("spm_time_derivative")),
            GammaDifferenceHrf.GLOVER.dispersionDerivative(tr, os),
            SharedData.numbers(hrf.get("glover_dispersion_derivative"))};
        double worst = 0;
        for (int k = 0; k < pairs.length; k += 2) {
            worst = Math.max(worst, Fixture.maxAbsDiff(pairs[k], pairs[k + 1]));
        }
        System.out.printf("nilearn kernels (spm, glover, time and dispersion derivatives) vs scipy: max |diff| %.3e%n",
                worst);
        assertTrue(worst <= 1e-12, "kernel diff " + worst);
    }

    @Test
    void modelsGiveNilearnKernelsAndNames() {
        List<double[]> fir = HrfModel.FIR.kernels(2, 4, List.of(0, 2));
        assertEquals(4, fir.get(0).length);
        assertEquals(12, fir.get(1).length);
        assertEquals(0.25, fir.get(1)[8]);
        assertEquals(0, fir.get(1)[7]);
        assertEquals(List.of("c_delay_0", "c_delay_2"), HrfModel.FIR.names("c", List.of(0, 2)));
        assertEquals(List.of("c", "c_derivative", "c_dispersion"),
                HrfModel.GLOVER_DERIVATIVE_DISPERSION.names("c", List.of(0)));
        assertEquals(3, HrfModel.SPM_DERIVATIVE_DISPERSION.kernels(2, 50, List.of(0)).size());
        assertEquals(HrfModel.SPM_DERIVATIVE, HrfModel.fromLabel("SPM + Derivative"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HrfModel.fromLabel("gamma"));
        assertTrue(e.getMessage().contains("hrf_model") && e.getMessage().contains("glover"), e.getMessage());
        double sum = 0;
        for (double v : GammaDifferenceHrf.GLOVER.sample(2, 50, 0)) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
    }
}
