package fr.tremplin.data.transfer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The one transaction of a file import: every write of every line of the file commits together, or none does (the
 * first failure rolls the whole file back). The services called inside join it, with their outbox events.
 */
@Singleton
public class ImportTransaction {
    @Transactional
    public void run(Runnable work) {
        work.run();
    }
}
