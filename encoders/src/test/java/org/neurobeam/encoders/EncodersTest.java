package org.neurobeam.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurobeam.ingest.InvalidInputException;

/** The loader picks a model by its config.json and says why when it cannot. */
class EncodersTest {

    @Test
    void demoVaeIsRegistered() {
        assertTrue(Encoders.factories().containsKey("demovae"), Encoders.factories().keySet().toString());
    }

    @Test
    void missingConfigNamesTheFile(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Encoders.load(dir));
        assertEquals(dir.resolve("config.json").toString(), e.file());
        assertTrue(e.getMessage().contains("is " + dir + " a model directory?"), e.getMessage());
    }

    @Test
    void unknownModelAndBadFieldsNameTheField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"model\": \"eegformer\", \"version\": \"1\", "
                + "\"inputShape\": [4], \"hyperParameters\": {}, \"inputSchema\": {}}");
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> Encoders.load(dir));
        assertEquals("model", unknown.field());
        assertTrue(unknown.getMessage().contains("no encoder registered for model 'eegformer' (known: [brainmae, demovae]"),
                unknown.getMessage());
        Files.writeString(dir.resolve("config.json"), "{\"model\": \"demovae\", \"version\": \"1\", "
                + "\"inputShape\": [0]}");
        assertEquals("inputShape", assertThrows(InvalidInputException.class, () -> Encoders.load(dir)).field());
        Files.writeString(dir.resolve("config.json"), "{\"model\": \"demovae\", \"version\": \"1\", "
                + "\"inputShape\": [190], \"hyperParameters\": {\"regions\": 20}, \"inputSchema\": {}}");
        InvalidInputException hyper = assertThrows(InvalidInputException.class, () -> Encoders.load(dir));
        assertEquals("hyperParameters", hyper.field());
    }
}
