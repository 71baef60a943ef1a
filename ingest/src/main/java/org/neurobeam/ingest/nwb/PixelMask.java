package org.neurobeam.ingest.nwb;

/**
 * The pixels of one ROI of a PlaneSegmentation ({@code pixel_mask}: compound {@code x}, {@code y},
 * {@code weight} per pixel, NWB core schema, PlaneSegmentation).
 *
 * @param x      column of each pixel
 * @param y      row of each pixel
 * @param weight weight of each pixel
 */
public record PixelMask(long[] x, long[] y, double[] weight) {
}
