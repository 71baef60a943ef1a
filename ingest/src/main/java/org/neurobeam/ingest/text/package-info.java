/** Plain-text table formats shared by readers in several modules. */
package org.neurobeam.ingest.text;
