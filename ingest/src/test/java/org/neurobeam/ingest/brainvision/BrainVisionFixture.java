package org.neurobeam.ingest.brainvision;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small BrainVision triples whose every value the test sets: {@code stored[channel][sample]}
 * written in the chosen binary format and orientation, headers in the chosen code page.
 */
final class BrainVisionFixture {

    private final List<String> channelLines = new ArrayList<>();
    private final List<String> markerLines = new ArrayList<>();
    private BinaryFormat format = BinaryFormat.INT_16;
    private boolean vectorized;
    private String codepage = "UTF-8";
    private Charset charset = Charset.forName("UTF-8");
    private double intervalMicros = 2000;
    private double[][] stored = new double[0][];

    BrainVisionFixture format(BinaryFormat value) {
        format = value;
        return this;
    }

    BrainVisionFixture vectorized() {
        vectorized = true;
        return this;
    }

    /** The Codepage= value and the charset the files are really written in. */
    BrainVisionFixture codepage(String value, Charset written) {
        codepage = value;
        charset = written;
        return this;
    }

    BrainVisionFixture interval(double micros) {
        intervalMicros = micros;
        return this;
    }

    /** A {@code Ch<n>=} line after the '=' (name,reference,resolution[,unit]). */
    BrainVisionFixture channel(String line) {
        channelLines.add(line);
        return this;
    }

    /** A {@code Mk<n>=} line after the '='. */
    BrainVisionFixture marker(String line) {
        markerLines.add(line);
        return this;
    }

    BrainVisionFixture data(double[][] values) {
        stored = values;
        return this;
    }

    /** Writes {@code name.vhdr}, {@code name.vmrk}, {@code name.eeg} into {@code dir}; returns the .vhdr. */
    Path write(Path dir, String name) throws IOException {
        StringBuilder vhdr = new StringBuilder("Brain Vision Data Exchange Header File Version 1.0\r\n")
                .append("; test fixture\r\n\r\n")
                .append("[Common Infos]\r\nCodepage=").append(codepage).append("\r\nDataFile=").append(name)
                .append(".eeg\r\nMarkerFile=").append(name).append(".vmrk\r\nDataFormat=BINARY\r\nDataOrientation=")
                .append(vectorized ? "VECTORIZED" : "MULTIPLEXED").append("\r\nNumberOfChannels=")
                .append(channelLines.size()).append("\r\nSamplingInterval=").append(intervalMicros)
                .append("\r\n\r\n[Binary Infos]\r\nBinaryFormat=").append(format).append("\r\n\r\n[Channel Infos]\r\n");
        for (int i = 0; i < channelLines.size(); i++) {
            vhdr.append("Ch").append(i + 1).append('=').append(channelLines.get(i)).append("\r\n");
        }
        vhdr.append("\r\n[Comment]\r\nA=free text that is not a key\r\n");
        StringBuilder vmrk = new StringBuilder("Brain Vision Data Exchange Marker File, Version 1.0\r\n\r\n")
                .append("[Common Infos]\r\nCodepage=").append(codepage).append("\r\nDataFile=").append(name)
                .append(".eeg\r\n\r\n[Marker Infos]\r\n");
        for (int i = 0; i < markerLines.size(); i++) {
            vmrk.append("Mk").append(i + 1).append('=').append(markerLines.get(i)).append("\r\n");
        }
        Files.writeString(dir.resolve(name + ".vmrk"), vmrk, charset);
        Files.write(dir.resolve(name + ".eeg"), samples());
        return Files.writeString(dir.resolve(name + ".vhdr"), vhdr, charset);
    }

    private byte[] samples() {
        int channels = stored.length;
        int n = channels == 0 ? 0 : stored[0].length;
        ByteBuffer out = ByteBuffer.allocate(channels * n * format.bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < channels * n; k++) {
            int c = vectorized ? k / n : k % channels;
            int s = vectorized ? k % n : k / channels;
            double v = stored[c][s];
            switch (format) {
                case INT_16 -> out.putShort((short) v);
                case INT_32 -> out.putInt((int) v);
                case IEEE_FLOAT_32 -> out.putFloat((float) v);
            }
        }
        return out.array();
    }
}
