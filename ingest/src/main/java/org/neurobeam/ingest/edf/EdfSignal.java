package org.neurobeam.ingest.edf;

/**
 * One signal of the header record, its fields as stored (text trimmed of trailing spaces) plus where
 * its samples lie inside a data record.
 *
 * @param index            position among all signals, annotation signals included
 * @param label            label, Latin-1 decoded
 * @param transducer       transducer type
 * @param dimension        physical dimension (unit) as written
 * @param physicalMin      physical minimum
 * @param physicalMax      physical maximum
 * @param digitalMin       digital minimum
 * @param digitalMax       digital maximum
 * @param prefilter        prefiltering
 * @param samplesPerRecord nr of samples in each data record
 * @param recordOffset     byte offset of its first sample inside a data record
 * @param annotation       whether it is an "EDF Annotations"/"BDF Annotations" signal (EDF+ spec §2.2.1)
 */
public record EdfSignal(int index, String label, String transducer, String dimension, double physicalMin,
        double physicalMax, int digitalMin, int digitalMax, String prefilter, int samplesPerRecord,
        int recordOffset, boolean annotation) {

    /** Physical units per digital step, EDFlib's "bitvalue". */
    public double gain() {
        return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
    }

    /**
     * The EDF spec's linear map ("Data records"): physical = (digital - digmin) * (physmax - physmin) /
     * (digmax - digmin) + physmin.
     */
    public double physical(int digital) {
        return ((double) digital - digitalMin) * gain() + physicalMin;
    }
}
