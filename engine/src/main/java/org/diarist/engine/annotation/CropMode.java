package org.diarist.engine.annotation;

/** How segments that stick out of a cropping region are treated. */
public enum CropMode {
    /** Cut segments at the region's bounds (the default). */
    INTERSECTION,
    /** Keep only segments lying entirely inside the region. */
    STRICT,
    /** Keep, uncut, every segment that intersects the region. */
    LOOSE
}
