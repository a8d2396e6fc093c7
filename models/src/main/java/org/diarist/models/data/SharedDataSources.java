package org.diarist.models.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training data sets of the shared data folder (see its README), each with the speaker ids its SOURCE.txt
 * defines. LibriSpeech test-other and the AMI development files are not among them (see {@link HeldOutData}).
 */
public final class SharedDataSources {

    private SharedDataSources() {
    }

    /** The data folder itself: {@code dir} when it holds the data sets, {@code dir/data} when {@code dir} is shared/. */
    public static Path dataFolder(Path dir) {
        Path nested = dir.resolve("data");
        return !Files.isDirectory(dir.resolve("librispeech")) && Files.isDirectory(nested) ? nested : dir;
    }

    /**
     * The evaluation voices: LibriSpeech test-other, whose speakers no training set holds. For held-out simulated
     * conversations and verification trials only; {@link Manifest#readForTraining} refuses a manifest with them.
     */
    public static List<DataSource> heldOut(Path dataFolder) {
        return List.of(new NamedFilesDataSource(HeldOutData.TEST_OTHER, "librispeech",
            dataFolder.resolve("librispeech/test-other"), NamedFilesDataSource.field("-", 0, 3)));
    }

    public static List<DataSource> all(Path dataFolder) {
        Path d = dataFolder;
        return List.of(
            // <speaker>-<chapter>-<utterance>; train-clean-5 speakers are train-clean-100 speakers, hence one prefix.
            new NamedFilesDataSource("librispeech-train-clean-100", "librispeech",
                d.resolve("librispeech/train-clean-100"), NamedFilesDataSource.field("-", 0, 3)),
            new ListedDataSource("librispeech-train-clean-5", "librispeech", d.resolve("librispeech/train-clean-5")),
            new ListedDataSource("speech-commands", "speech-commands", d.resolve("speech-commands")),
            new ListedDataSource("arabic-speech-commands", "arabic-speech-commands", d.resolve("arabic-speech-commands")),
            // The speaker id is the client id alone: one client id in two languages is one person.
            new ListedDataSource("commonvoice", "commonvoice", d.resolve("commonvoice")),
            // <digit>_<speaker>_<n>
            new NamedFilesDataSource("fsdd", "fsdd", d.resolve("fsdd"), NamedFilesDataSource.field("_", 1, 3)),
            // an104-mrcb-b -> mrcb
            new NamedFilesDataSource("an4", "an4", d.resolve("an4"), NamedFilesDataSource.field("-", 1, 3)),
            new AmiTrainStretches(d.resolve("ami"), AmiTrainStretches.DEFAULT_MIN_DURATION));
    }
}
