package org.diarist.models.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * More real voices from Debian packages, fetched with {@code apt-get download} (apt checks each package against the
 * signed archive index) and unpacked with {@code dpkg-deb -x} into a cache folder the user names:
 * <ul>
 *   <li>{@code fillets-ng-data-cs}: the Czech dialogue of Fish Fillets NG (GPL-2); two actors, told apart by the
 *       file name: {@code *-m-*} is the small fish, {@code *-v-*} the big fish. Other characters are left out.</li>
 *   <li>{@code asterisk-core-sounds-en-wav}: Allison Smith's 8 kHz studio prompts (CC BY-SA 3.0), one voice.
 *       {@code asterisk-core-sounds-es-*} is the same voice, so it is not added as another speaker.</li>
 * </ul>
 */
public final class DebianVoices {

    public static final String FILLETS = "fillets-ng-data-cs";
    public static final String ASTERISK_EN = "asterisk-core-sounds-en-wav";
    public static final List<String> PACKAGES = List.of(FILLETS, ASTERISK_EN);
    private static final String UNPACKED_MARKER = ".unpacked";

    private final Path cache;

    public DebianVoices(Path cache) {
        this.cache = cache.toAbsolutePath().normalize();
    }

    /** Whether every package is already unpacked in the cache. */
    public boolean prepared() {
        return PACKAGES.stream().allMatch(p -> Files.isRegularFile(unpacked(p).resolve(UNPACKED_MARKER)));
    }

    /** Downloads and unpacks the packages that are not in the cache yet (needs apt-get, dpkg-deb and a network). */
    public void prepare(Consumer<String> notes) throws IOException {
        Path debs = cache.resolve("debs");
        Files.createDirectories(debs);
        for (String pkg : PACKAGES) {
            Path target = unpacked(pkg);
            if (Files.isRegularFile(target.resolve(UNPACKED_MARKER))) {
                continue;
            }
            Optional<Path> deb = findDeb(debs, pkg);
            if (deb.isEmpty()) {
                notes.accept(pkg + ": apt-get download");
                run(debs, "apt-get", "download", "-q", pkg);
                deb = findDeb(debs, pkg);
                if (deb.isEmpty()) {
                    throw new IOException("apt-get download " + pkg + " left no " + pkg + "_*.deb in " + debs);
                }
            }
            notes.accept(pkg + ": unpacking " + deb.get().getFileName());
            Files.createDirectories(target);
            run(cache, "dpkg-deb", "-x", deb.get().toString(), target.toString());
            Files.writeString(target.resolve(UNPACKED_MARKER), deb.get().getFileName() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The voices as data sources; absent ones report themselves unavailable. */
    public List<DataSource> sources() {
        return List.of(
            new NamedFilesDataSource("fillets-ng-cs", "fillets",
                unpacked(FILLETS).resolve("usr/share/games/fillets-ng/sound"), DebianVoices::fishOf),
            new NamedFilesDataSource("asterisk-en", "asterisk",
                unpacked(ASTERISK_EN).resolve("usr/share/asterisk/sounds/en_US_f_Allison"), name -> Optional.of("allison")));
    }

    /** {@code let-m-oko} is the small fish, {@code let-v-oko} the big fish; anything else is another character. */
    static Optional<String> fishOf(String stem) {
        String[] parts = stem.split("-");
        if (parts.length < 3) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "m" -> Optional.of("small-fish");
            case "v" -> Optional.of("big-fish");
            default -> Optional.empty();
        };
    }

    private Path unpacked(String pkg) {
        return cache.resolve(pkg);
    }

    private static Optional<Path> findDeb(Path debs, String pkg) throws IOException {
        try (Stream<Path> files = Files.list(debs)) {
            return files.filter(f -> f.getFileName().toString().startsWith(pkg + "_")
                && f.getFileName().toString().endsWith(".deb")).sorted().reduce((a, b) -> b);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                String last = output.isEmpty() ? "" : ": " + output.substring(output.lastIndexOf('\n') + 1);
                throw new IOException(String.join(" ", command) + " failed" + last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " interrupted", e);
        }
    }
}
