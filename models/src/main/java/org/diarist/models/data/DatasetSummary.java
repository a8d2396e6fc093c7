package org.diarist.models.data;

/**
 * How much a data set contributes to a manifest.
 *
 * @param dataset  the data set's name ({@code total} for the whole manifest)
 * @param speakers distinct speaker ids
 * @param files    distinct audio files
 * @param entries  manifest rows (excerpts of one file count separately)
 * @param hours    hours of speech
 */
public record DatasetSummary(String dataset, int speakers, int files, int entries, double hours) {
}
