/**
 * Brain foundation-model encoders (DemoVAE, BrainMAE; EEGFormer, Neuroformer and MindBridge later) on the
 * Deep Java Library with its PyTorch engine. DJL stays inside this module: the rest of NeuroBeam sees plain
 * arrays through {@code Encoder}. Everything runs offline ({@code ai.djl.offline=true}); the libtorch natives
 * come from the {@code pytorch-native-cpu} Maven jar and nothing is downloaded at run time.
 */
package org.neurobeam.encoders;
