package org.neurobeam.preprocess.ephys.epochs;

/**
 * One row of MNE's events array.
 *
 * @param sample absolute sample number (including {@code first_samp})
 * @param id event code
 */
public record Event(int sample, int id) {
}
