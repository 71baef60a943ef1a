package org.neurobeam.ingest.edf;

import java.math.BigDecimal;
import java.util.List;

/**
 * One Time-stamped Annotations List (EDF+ spec §2.2.2): an onset in seconds relative to the header's
 * startdate/starttime, an optional duration, and its annotation texts (§2.2.3). The first TAL of every
 * data record starts with an empty text: its onset is the record's start time (§2.2.4).
 *
 * @param onset    seconds after the header start time, exactly as written
 * @param duration seconds, or {@code null} when the TAL has none
 * @param texts    annotation texts in order, possibly starting with the empty time-keeping text
 */
record Tal(BigDecimal onset, Double duration, List<String> texts) {
}
