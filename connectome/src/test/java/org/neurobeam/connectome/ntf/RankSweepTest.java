package org.neurobeam.connectome.ntf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Notes T-A2: the rank sweep picks the planted R = 3 at 10% noise. */
class RankSweepTest {

    @Test
    void picksPlantedRank() {
        PlantedTensor planted = new PlantedTensor(0.1, 21);
        RankSweep sweep = RankSweep.run(AffinityTensor.of(planted.values), 5,
                NtfConfig.of(1).withRestarts(3).withMaxSweeps(150));
        System.out.printf("T-A2 rank sweep: fit %s, stability %s, selected R = %d%n",
                Arrays.toString(sweep.fitByRank()), Arrays.toString(sweep.stabilityByRank()), sweep.selectedRank());
        assertEquals(3, sweep.selectedRank());
    }
}
