/**
 * The end-to-end evaluation report behind {@code diarist benchmark}: a manifest of recordings with references,
 * diarized one after another, scored under the Full, Fair and Forgiving protocols, timed per pipeline stage and
 * measured for peak memory, then written as Markdown, JSON and one HTML timeline per recording.
 */
package org.diarist.engine.evaluation;
