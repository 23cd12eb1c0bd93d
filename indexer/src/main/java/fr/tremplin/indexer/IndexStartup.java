package fr.tremplin.indexer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/** Starts the index service with the application ({@code tremplin.index.auto-start}, default true). */
@Singleton
@Requires(property = "tremplin.index.auto-start", notEquals = "false")
public class IndexStartup implements ApplicationEventListener<StartupEvent> {

    private final IndexService indexService;

    public IndexStartup(IndexService indexService) {
        this.indexService = indexService;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        indexService.start();
    }
}
