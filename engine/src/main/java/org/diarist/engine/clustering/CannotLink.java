package org.diarist.engine.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cannot-link constraints as disjoint groups of embedding indices: the members of one group must end up in
 * pairwise different clusters. In diarization a group is the set of local speakers of one sliding window.
 *
 * <p>Groups are disjoint by construction (an embedding belongs to at most one window), which lets the
 * clusterer repair each group on its own with a small assignment problem.
 */
public final class CannotLink {

    private static final CannotLink NONE = new CannotLink(List.of());

    private final List<int[]> groups;

    private CannotLink(List<int[]> groups) {
        this.groups = groups;
    }

    /** No constraint. */
    public static CannotLink none() {
        return NONE;
    }

    /**
     * One group id per embedding (for example the index of its window); embeddings sharing a non-negative id
     * cannot share a cluster, a negative id means unconstrained.
     */
    public static CannotLink byGroupId(int[] groupOfEmbedding) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groupOfEmbedding.length; i++) {
            if (groupOfEmbedding[i] >= 0) {
                members.computeIfAbsent(groupOfEmbedding[i], g -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            if (group.size() > 1) {
                groups.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new CannotLink(List.copyOf(groups));
    }

    /**
     * Explicit groups of embedding indices.
     *
     * @throws IllegalArgumentException when an index is negative, repeated within a group, or appears in
     *     two groups
     */
    public static CannotLink ofGroups(List<int[]> groups) {
        List<int[]> copies = new ArrayList<>();
        Map<Integer, Integer> groupOfIndex = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g).clone();
            for (int index : group) {
                if (index < 0) {
                    throw new IllegalArgumentException("cannot-link group " + g + " has a negative index " + index);
                }
                Integer previous = groupOfIndex.put(index, g);
                if (previous != null) {
                    throw new IllegalArgumentException("embedding " + index + " appears in cannot-link groups "
                        + previous + " and " + g + "; groups must be disjoint");
                }
            }
            if (group.length > 1) {
                copies.add(group);
            }
        }
        return new CannotLink(List.copyOf(copies));
    }

    /** Pairs of indices; each pair is a group of two, so the pairs must not share an index. */
    public static CannotLink ofPairs(int[][] pairs) {
        List<int[]> groups = new ArrayList<>();
        for (int[] pair : pairs) {
            if (pair.length != 2) {
                throw new IllegalArgumentException("a cannot-link pair needs 2 indices, got " + pair.length);
            }
            groups.add(pair);
        }
        return ofGroups(groups);
    }

    /** The groups with at least two members (copies). */
    public List<int[]> groups() {
        List<int[]> copies = new ArrayList<>(groups.size());
        for (int[] group : groups) {
            copies.add(group.clone());
        }
        return copies;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The size of the largest group: fewer clusters than this cannot satisfy every constraint. */
    public int largestGroup() {
        int largest = 0;
        for (int[] group : groups) {
            largest = Math.max(largest, group.length);
        }
        return largest;
    }

    /** Number of pairs inside one group that share a label. */
    public int countViolations(int[] labels) {
        int violations = 0;
        for (int[] group : groups) {
            for (int a = 0; a < group.length; a++) {
                for (int b = a + 1; b < group.length; b++) {
                    if (labels[group[a]] == labels[group[b]]) {
                        violations++;
                    }
                }
            }
        }
        return violations;
    }

    /** Read-only view for the enforcer (no copies). */
    List<int[]> groupsView() {
        return groups;
    }

    void validate(int n) {
        for (int[] group : groups) {
            for (int index : group) {
                if (index >= n) {
                    throw new IllegalArgumentException("cannot-link index " + index + " is out of range for "
                        + n + " embeddings");
                }
            }
        }
    }

    @Override
    public String toString() {
        return "CannotLink" + groups.stream().map(Arrays::toString).toList();
    }
}
