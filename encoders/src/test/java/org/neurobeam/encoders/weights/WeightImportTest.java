package org.neurobeam.encoders.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.ingest.InvalidInputException;
import org.neurobeam.ingest.testing.SharedData;

/**
 * Published-weight import against PyTorch: the fixtures and their reference outputs were written by Debian's
 * python3-torch 1.13 (make_fixtures.py beside them): a traced 4 → 8 → ReLU → 2 MLP as TorchScript and as
 * safetensors / npz state dicts loaded into the equivalent DJL block.
 */
class WeightImportTest {

    private static final double TOLERANCE = 1e-5;
    private static final Path DIR = resource("reference.json").getParent();
    private static final JsonNode REFERENCE = SharedData.json(resource("reference.json"));

    private static Path resource(String name) {
        try {
            return Path.of(WeightImportTest.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HostTensor inputs() {
        float[] values = new float[5 * 4];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 4; c++) {
                values[r * 4 + c] = (float) REFERENCE.get("inputs").get(r).get(c).asDouble();
            }
        }
        return new HostTensor(new long[] {5, 4}, values);
    }

    private static void assertMatchesTorch(float[] outputs) {
        assertEquals(10, outputs.length);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(REFERENCE.get("outputs").get(r).get(c).asDouble(), outputs[r * 2 + c], TOLERANCE,
                        "output " + r + "," + c);
            }
        }
    }

    private static SequentialBlock mlp(NDManager manager) {
        SequentialBlock block = new SequentialBlock().add(Linear.builder().setUnits(8).build())
                .add(Activation::relu).add(Linear.builder().setUnits(2).build());
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
        return block;
    }

    private static ParameterMapping torchNames() {
        return new ParameterMapping().map("01Linear_weight", "0.weight").map("01Linear_bias", "0.bias")
                .map("03Linear_weight", "2.weight").map("03Linear_bias", "2.bias");
    }

    private static float[] forward(SequentialBlock block, NDManager manager) {
        NDArray x = inputs().toArray(manager);
        return block.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow()
                .toFloatArray();
    }

    @Test
    void torchScriptModuleReproducesTorchOutputs() throws Exception {
        try (TorchScriptModule module = TorchScriptModule.load(DIR.resolve("mlp.pt"))) {
            List<HostTensor> out = module.forward(List.of(inputs()));
            assertEquals(1, out.size());
            assertEquals("(5, 2)", out.get(0).shapeText());
            assertMatchesTorch(out.get(0).values());
        }
    }

    @Test
    void safetensorsAndNpzStateDictsFillTheEquivalentBlock() throws Exception {
        for (String file : List.of("mlp.safetensors", "mlp.npz")) {
            try (NDManager manager = TorchEngine.get().newBaseManager()) {
                SequentialBlock block = mlp(manager);
                WeightImporter.apply(block, StateDict.read(DIR.resolve(file)), torchNames());
                assertMatchesTorch(forward(block, manager));
            }
        }
    }

    @Test
    void safetensorsDtypesBecomeTheValuesTorchWrote() throws Exception {
        StateDict dict = StateDict.read(DIR.resolve("mlp.safetensors"));
        for (String key : List.of("extra.f64", "extra.f16", "extra.bf16", "extra.i64")) {
            HostTensor tensor = dict.tensors().get(key);
            JsonNode expected = REFERENCE.get("extras").get(key);
            assertEquals(expected.size(), tensor.values().length, key);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals((float) expected.get(i).asDouble(), tensor.values()[i], 0.0, key + "[" + i + "]");
            }
        }
    }

    @Test
    void wrongShapeNamesBothNamesAndBothShapes() throws Exception {
        try (NDManager manager = TorchEngine.get().newBaseManager()) {
            SequentialBlock block = mlp(manager);
            ParameterMapping swapped = new ParameterMapping().map("01Linear_weight", "2.weight")
                    .map("01Linear_bias", "0.bias").map("03Linear_weight", "2.weight").map("03Linear_bias", "2.bias");
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> WeightImporter.apply(block, StateDict.read(DIR.resolve("mlp.npz")), swapped));
            assertEquals("2.weight", e.field());
            assertTrue(e.getMessage().contains("'01Linear_weight' has shape (8, 4)")
                    && e.getMessage().contains("'2.weight' has shape (2, 8)"), e.getMessage());
            float[] before = block.getParameters().get("01Linear_bias").getArray().toFloatArray();
            assertEquals(0f, before[0], 0f, "nothing is written when a check fails");
        }
    }

    @Test
    void unknownKeyAndUnmappedParameterFailClearly() throws Exception {
        try (NDManager manager = TorchEngine.get().newBaseManager()) {
            SequentialBlock block = mlp(manager);
            StateDict dict = StateDict.read(DIR.resolve("mlp.safetensors"));
            ParameterMapping typo = new ParameterMapping().map("01Linear_weight", "0.wieght")
                    .map("01Linear_bias", "0.bias").map("03Linear_weight", "2.weight").map("03Linear_bias", "2.bias");
            InvalidInputException unknown = assertThrows(InvalidInputException.class,
                    () -> WeightImporter.apply(block, dict, typo));
            assertTrue(unknown.getMessage().contains("mlp.safetensors: 0.wieght: no such key")
                    && unknown.getMessage().contains("0.weight"), unknown.getMessage());
            ParameterMapping partial = new ParameterMapping().map("01Linear_weight", "0.weight");
            InvalidInputException missing = assertThrows(InvalidInputException.class,
                    () -> WeightImporter.apply(block, dict, partial));
            assertTrue(missing.getMessage().contains("[01Linear_bias, 03Linear_weight, 03Linear_bias] have no key"),
                    missing.getMessage());
        }
    }

    @Test
    void truncatedSafetensorsFailsNamingTheField(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(DIR.resolve("mlp.safetensors"));
        Path cut = tmp.resolve("cut.safetensors");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StateDict.read(cut));
        assertTrue(e.getMessage().contains("cut.safetensors: extra.i64.data_offsets"), e.getMessage());
    }
}
