package org.neurobeam.encoders.demovae;

import java.io.IOException;
import java.nio.file.Path;
import org.neurobeam.encoders.checkpoint.Checkpoint;
import org.neurobeam.encoders.train.TrainingRun;

/** A DemoVAE just trained and the record of its training; {@link #save} writes both as a checkpoint folder. */
public record DemoVaeFit(DemoVae model, TrainingRun run) {

    public void save(Path dir) throws IOException {
        Checkpoint.save(dir, model.modelConfig(), run, model.model());
    }
}
