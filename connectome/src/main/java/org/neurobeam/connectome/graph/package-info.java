/**
 * Weighted undirected graphs and their measures: strength, Onnela weighted clustering, triangles per node,
 * Newman modularity and the Guimerà–Amaral participation coefficient.
 */
package org.neurobeam.connectome.graph;
