package org.neurobeam.encoders;

/**
 * What an encoder reads from one recording: its region signals (time × region) and/or its connectivity matrix
 * (region × region); a model uses one of them and reports the other's absence as an error only when it needs it.
 */
public record EncoderInput(String recordingId, double[][] regionSignals, double[][] connectivity) {
}
