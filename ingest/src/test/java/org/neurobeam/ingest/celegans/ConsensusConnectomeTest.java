package org.neurobeam.ingest.celegans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** The consensus connectome CSV on a hand-written fixture in the published layout, and its bad variants. */
class ConsensusConnectomeTest {

    @TempDir
    Path tmp;

    @Test
    void readsWeightMatricesPositionsAndSources() throws IOException {
        ConsensusConnectome c = ConsensusConnectome.read(
                CollectionFixtures.file("consensus_connectome_trimmed_withfunc.csv"));
        assertEquals(List.of("ADAL", "ADAR", "AVAL", "AVAR"), c.labels());
        double[][] chem = c.chemical();
        double[][] gap = c.gapJunction();
        assertArrayEquals(new double[] {1.0, 4.0, 0, 0}, chem[0]);
        assertArrayEquals(new double[] {0, 0, 7.5, 0}, chem[1]);
        assertArrayEquals(new double[] {0, 0, 0, 3.0}, chem[2]);
        assertArrayEquals(new double[] {0, 0, 0.5, 0}, chem[3]);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(gap[i][j], gap[j][i]);
            }
        }
        assertEquals(2.5, gap[0][1]);
        assertEquals(11.0, gap[2][3]);
        assertEquals(0.0, gap[1][2]);
        double[][] func = c.functional();
        assertTrue(Double.isNaN(func[0][0]));
        assertEquals(-0.05, func[1][0]);
        assertEquals(0.0, func[0][2]);
        assertEquals(2.0, c.uncertainty()[1][2]);
        assertArrayEquals(new double[] {-0.2, 1.5, 3.25}, c.position("ADAL"));
        assertArrayEquals(new double[] {1.0, 0.0, 2.0}, c.position("AVAR"));
        assertEquals("interneuron", c.type("AVAL"));
        assertEquals(List.of("chklovskii", "cook_2019", "funconn", "openworm", "white_1986_whole", "witvliet_7",
                "witvliet_8"), List.copyOf(c.sources()));
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void readsOverAGivenLabelListAndWithoutOptionalColumns() throws IOException {
        Path file = write("from_neuron,to_neuron,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,1,2\nAVAR,AVAL,1,0\n");
        ConsensusConnectome c = ConsensusConnectome.read(file, List.of("ADAL", "AVAL", "AVAR"), GapAsymmetry.REJECT);
        assertEquals(2.0, c.chemical()[1][2]);
        assertArrayEquals(new double[3], c.chemical()[0]);
        assertNull(c.functional());
        assertNull(c.position("AVAL"));
        assertTrue(Double.isNaN(c.uncertainty()[1][2]));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> ConsensusConnectome.read(file, List.of("AVAL"), GapAsymmetry.REJECT));
        assertEquals("to_neuron", unknown.field());
        assertTrue(unknown.getMessage().contains("line 2: 'AVAR' is not among the 1 labels"), unknown.getMessage());
    }

    @Test
    void asymmetricGapWeightsAreRejectedOrAveraged() throws IOException {
        Path file = write("from_neuron,to_neuron,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,1,2\nAVAR,AVAL,3,0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConsensusConnectome.read(file));
        assertEquals("mean_gap_weight", e.field());
        assertTrue(e.getMessage().contains("AVAL → AVAR is 1.0 (line 2) but AVAR → AVAL is 3.0 (line 3)"),
                e.getMessage());
        ConsensusConnectome c = ConsensusConnectome.read(file, null, GapAsymmetry.AVERAGE);
        assertEquals(2.0, c.gapJunction()[0][1]);
        assertEquals(2.0, c.gapJunction()[1][0]);
        assertEquals(1, c.warnings().size());
    }

    @Test
    void badTablesNameTheColumnAndLine() throws IOException {
        assertBad("from_neuron,to_neuron,mean_gap_weight\nAVAL,AVAR,1\n", "mean_chem_weight",
                "required column missing");
        assertBad("from_neuron,to_neuron,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,1,-2\n", "mean_chem_weight",
                "line 2: expected a finite weight >= 0, got -2");
        assertBad("from_neuron,to_neuron,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,1,2\nAVAL,AVAR,1,2\n",
                "to_neuron", "line 3: pair AVAL → AVAR already on line 2");
        assertBad("from_neuron,to_neuron,from_pos,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,\"(1, 2)\",0,1\n",
                "from_pos", "line 2: expected \"(x, y, z)\", got '(1, 2)'");
        assertBad("from_neuron,to_neuron,from_pos,mean_gap_weight,mean_chem_weight\nAVAL,AVAR,\"(1, 2, 3)\",0,1\n"
                + "AVAL,AVAL,\"(1, 2, 4)\",0,1\n", "from_pos", "line 3: from_pos of AVAL differs from an earlier row");
    }

    private void assertBad(String csv, String field, String message) throws IOException {
        Path file = write(csv);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConsensusConnectome.read(file));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private Path write(String csv) throws IOException {
        Path file = Files.createTempFile(tmp, "consensus", ".csv");
        return Files.writeString(file, csv);
    }
}
