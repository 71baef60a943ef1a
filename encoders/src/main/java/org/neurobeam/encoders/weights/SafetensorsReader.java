package org.neurobeam.encoders.weights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * Reads a safetensors file (Hugging Face safetensors format spec): an unsigned 64-bit little-endian header
 * length N, N bytes of JSON mapping each tensor name to {@code dtype}, {@code shape} and
 * {@code data_offsets [begin, end)} relative to the end of the header (plus an optional {@code __metadata__}),
 * then the raw little-endian data. F32, F64, F16, BF16, I64, I32, I16, I8, U8 and BOOL become floats.
 */
final class SafetensorsReader {

    /** Headers are JSON text; the format's own reader caps them at 100 MB. */
    private static final long MAX_HEADER = 100_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetensorsReader() {
    }

    static StateDict read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Checks.input(size >= 8, file, "header length", "file has %d bytes, fewer than the 8 of the length", size);
            long headerLength = readAt(channel, 0, 8, file, "header length").getLong();
            Checks.input(headerLength > 0 && headerLength <= MAX_HEADER && 8 + headerLength <= size, file,
                    "header length", "%d is not a header length for a file of %d bytes", headerLength, size);
            ByteBuffer headerBytes = readAt(channel, 8, (int) headerLength, file, "header");
            JsonNode header;
            try {
                header = JSON.readTree(new String(headerBytes.array(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidInputException(file, "header", "not JSON: " + e.getMessage(), e);
            }
            Checks.input(header != null && header.isObject(), file, "header", "expected a JSON object");
            long dataStart = 8 + headerLength;
            Map<String, HostTensor> tensors = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().equals("__metadata__")) {
                    tensors.put(entry.getKey(), tensor(channel, file, entry.getKey(), entry.getValue(), dataStart,
                            size));
                }
            }
            return new StateDict(file, tensors);
        }
    }

    private static HostTensor tensor(FileChannel channel, Path file, String name, JsonNode info, long dataStart,
            long fileSize) throws IOException {
        JsonNode dtypeNode = info.get("dtype");
        Checks.input(dtypeNode != null && dtypeNode.isTextual(), file, name + ".dtype", "missing");
        SafetensorsDtype dtype = SafetensorsDtype.parse(dtypeNode.asText(), file, name);
        JsonNode shapeNode = info.get("shape");
        Checks.input(shapeNode != null && shapeNode.isArray(), file, name + ".shape", "expected a list");
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            JsonNode dim = shapeNode.get(i);
            Checks.input(dim.canConvertToLong() && dim.asLong() >= 0, file, name + ".shape",
                    "expected non-negative integers, got %s", shapeNode);
            shape[i] = dim.asLong();
            count = Math.multiplyExact(count, shape[i]);
        }
        JsonNode offsets = info.get("data_offsets");
        Checks.input(offsets != null && offsets.isArray() && offsets.size() == 2, file, name + ".data_offsets",
                "expected [begin, end]");
        long begin = offsets.get(0).asLong();
        long end = offsets.get(1).asLong();
        Checks.input(begin >= 0 && end >= begin && dataStart + end <= fileSize, file, name + ".data_offsets",
                "[%d, %d) lies outside the %d data bytes", begin, end, fileSize - dataStart);
        Checks.input(end - begin == count * dtype.size(), file, name + ".data_offsets",
                "%d bytes for %d %s values of shape %s", end - begin, count, dtype, HostTensor.text(shape));
        Checks.input(count <= Integer.MAX_VALUE - 8, file, name, "%d values are too many for one array", count);
        ByteBuffer data = readAt(channel, dataStart + begin, (int) (end - begin), file, name);
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = dtype.read(data);
        }
        return new HostTensor(shape, values);
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length, Path file, String field)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            Checks.input(n >= 0, file, field, "file ends at byte %d", at);
            at += n;
        }
        return buffer.flip();
    }
}
