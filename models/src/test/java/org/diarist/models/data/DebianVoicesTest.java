package org.diarist.models.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DebianVoicesTest {

    @TempDir
    Path cache;

    @Test
    void tellsTheFishApartByFileName() {
        assertEquals(Optional.of("small-fish"), DebianVoices.fishOf("let-m-oko"));
        assertEquals(Optional.of("big-fish"), DebianVoices.fishOf("vit-v-hlava"));
        assertEquals(Optional.empty(), DebianVoices.fishOf("vit-hs-klid1"));
        assertEquals(Optional.empty(), DebianVoices.fishOf("cely-m"));
    }

    @Test
    void scansUnpackedPackagesIntoTwoFishAndOneAsteriskVoice() throws IOException {
        Path sound = cache.resolve("fillets-ng-data-cs/usr/share/games/fillets-ng/sound/airplane/cs");
        Path prompts = cache.resolve("asterisk-core-sounds-en-wav/usr/share/asterisk/sounds/en_US_f_Allison/digits");
        Files.createDirectories(sound);
        Files.createDirectories(prompts);
        for (String f : List.of("let-m-oko.ogg", "let-v-oko.ogg", "vit-hs-klid1.ogg")) {
            Files.createFile(sound.resolve(f));
        }
        Files.createFile(prompts.resolve("1.wav"));

        Manifest manifest = ManifestBuilder.empty().addAll(new DebianVoices(cache).sources()).build(f -> 1.5, n -> { });
        assertEquals(List.of("asterisk:allison", "fillets:big-fish", "fillets:small-fish"), manifest.speakers());
        assertFalse(new DebianVoices(cache).prepared());
    }
}
