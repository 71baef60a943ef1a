package org.neurobeam.ingest.ephys;

/**
 * What a channel measures, after MNE's channel types ({@code mne.io.pick.get_channel_type_constants}):
 * magnetometers and gradiometers are told apart as MNE's {@code mag}/{@code grad}.
 */
public enum ChannelType {
    EEG, MEG_MAG, MEG_GRAD, REF_MEG, EOG, ECG, EMG, STIM, MISC, SEEG, ECOG, DBS, RESP, TEMP, GSR, BIO, SYST,
    CHPI, IAS, EXCI, FNIRS
}
