package org.neurobeam.encoders.weights;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurobeam.encoders.engine.TorchEngine;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * A published TorchScript module ({@code torch.jit.trace} or {@code script}, saved as {@code .pt}) run through
 * DJL's PyTorch engine with a {@link NoopTranslator} (DJL "How to convert your PyTorch model to TorchScript"
 * and "Model loading" docs). Its architecture is opaque: only {@code forward} is called. Not thread-safe.
 */
public final class TorchScriptModule implements AutoCloseable {

    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;

    private TorchScriptModule(ZooModel<NDList, NDList> model) {
        this.model = model;
        this.predictor = model.newPredictor();
    }

    /** Loads the TorchScript file {@code file} on {@link TorchEngine#device()}. */
    public static TorchScriptModule load(Path file) throws IOException {
        Checks.input(Files.isRegularFile(file), file, null, "no such TorchScript file");
        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(file).optEngine(TorchEngine.NAME).optDevice(TorchEngine.device())
                .optTranslator(new NoopTranslator()).build();
        try {
            return new TorchScriptModule(criteria.loadModel());
        } catch (ModelNotFoundException | MalformedModelException | ai.djl.engine.EngineException e) {
            throw new InvalidInputException(file, null, "not a TorchScript module: " + e.getMessage(), e);
        }
    }

    /** {@code forward(inputs...)}: the module's outputs, copied to the heap. */
    public List<HostTensor> forward(List<HostTensor> inputs) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList in = new NDList();
            inputs.forEach(tensor -> in.add(tensor.toArray(manager)));
            NDList out = predictor.predict(in);
            List<HostTensor> result = out.stream().map(HostTensor::of).toList();
            out.close();
            return result;
        } catch (TranslateException e) {
            throw new IllegalArgumentException("TorchScript forward failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
