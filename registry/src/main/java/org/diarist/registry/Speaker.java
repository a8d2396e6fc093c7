package org.diarist.registry;

import java.time.Instant;

/**
 * A person the registry knows: enrolled under a name, or provisional ({@code SPK-000001}) when tracking met them
 * before anyone named them.
 */
public record Speaker(long id, String name, boolean provisional, Instant created, Instant updated,
                      int voiceprints, int appearances) {
}
