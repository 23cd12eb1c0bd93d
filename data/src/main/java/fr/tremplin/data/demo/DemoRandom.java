package fr.tremplin.data.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random numbers for the demo data. Every generated entity draws from its own generator, derived from the
 * seed, a stream name and the entity's number: job seeker 123 is the same whatever the sizes asked for,
 * and generation order does not matter. Floating-point functions go through {@link StrictMath}, whose results
 * are specified bit for bit, so the data do not depend on the CPU or the JVM.
 */
final class DemoRandom {

    private DemoRandom() {
    }

    /** The generator of entity {@code index} in {@code stream} (e.g. "seeker", 123). */
    static SplittableRandom of(long seed, String stream, long index) {
        long h = mix(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < stream.length(); i++) {
            h = mix(h ^ stream.charAt(i));
        }
        return new SplittableRandom(mix(h ^ index));
    }

    /** SplitMix64 finaliser: a bijective avalanche of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** An int in [min, max], both inclusive. */
    static int between(SplittableRandom random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static <T> T oneOf(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T oneOf(SplittableRandom random, T... items) {
        return items[random.nextInt(items.length)];
    }

    /**
     * {@code count} distinct items of {@code ranked}, favouring the first ones (each rank is twice as likely
     * as the one {@code halfLife} places further). Keeps the ranked order in the result.
     */
    static <T> List<T> distinctFavouringFirst(SplittableRandom random, List<T> ranked, int count, double halfLife) {
        int n = ranked.size();
        if (count >= n) {
            return List.copyOf(ranked);
        }
        double decay = StrictMath.pow(0.5, 1.0 / halfLife);
        boolean[] taken = new boolean[n];
        int found = 0;
        while (found < count) {
            double total = 0;
            double w = 1;
            for (int i = 0; i < n; i++, w *= decay) {
                if (!taken[i]) {
                    total += w;
                }
            }
            double x = random.nextDouble() * total;
            w = 1;
            int chosen = -1;
            for (int i = 0; i < n; i++, w *= decay) {
                if (taken[i]) {
                    continue;
                }
                chosen = i;
                x -= w;
                if (x < 0) {
                    break;
                }
            }
            taken[chosen] = true;
            found++;
        }
        List<T> result = new ArrayList<>(count);
        for (int i = 0; i < n; i++) {
            if (taken[i]) {
                result.add(ranked.get(i));
            }
        }
        return result;
    }
}
