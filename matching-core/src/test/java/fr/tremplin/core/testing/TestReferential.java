package fr.tremplin.core.testing;

import fr.tremplin.core.referential.Referential;

/**
 * The real referential for tests, loaded once per JVM and shared (it is immutable). Ships in the
 * matching-core test-jar so the other modules' tests use the same instance.
 */
public final class TestReferential {

    private TestReferential() {
    }

    public static Referential get() {
        return Holder.REFERENTIAL;
    }

    private static final class Holder {
        private static final Referential REFERENTIAL = Referential.load();
    }
}
