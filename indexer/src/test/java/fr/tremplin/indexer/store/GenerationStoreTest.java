package fr.tremplin.indexer.store;

import fr.tremplin.indexer.testing.IndexTests;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerationStoreTest {

    private final Path root = IndexTests.freshDir("store");

    @Test
    void generationBecomesCurrentOnlyWhenPointedAt() {
        try (GenerationStore store = new GenerationStore(root, 16)) {
            store.open();
            assertThat(store.current()).isEmpty();
            try (Generation generation = store.createNext()) {
                generation.commit(IndexPosition.at(42, List.of(7L)));
                assertThat(store.current()).isEmpty();
                store.makeCurrent(generation);
                assertThat(store.current()).contains(generation.name());
            }
            try (Generation reopened = store.openCurrent().orElseThrow()) {
                assertThat(reopened.committedPosition()).isEqualTo(IndexPosition.at(42, List.of(7L)));
            }
        }
    }

    @Test
    void halfBuiltGenerationIsDeletedOnTheNextOpen() {
        String current;
        String abandoned;
        try (GenerationStore store = new GenerationStore(root, 16)) {
            store.open();
            try (Generation first = store.createNext()) {
                first.commit(IndexPosition.at(1, List.of()));
                store.makeCurrent(first);
                current = first.name();
            }
            Generation second = store.createNext(); // a rebuild that never finished
            abandoned = second.name();
            second.close();
        }
        try (GenerationStore store = new GenerationStore(root, 16)) {
            store.open();
            assertThat(store.current()).contains(current);
            assertThat(root.resolve(abandoned)).doesNotExist();
            assertThat(root.resolve(current)).isDirectory();
        }
    }

    @Test
    void secondUserOfTheDirectoryIsRefused() {
        try (GenerationStore first = new GenerationStore(root, 16)) {
            first.open();
            GenerationStore second = new GenerationStore(root, 16);
            assertThatThrownBy(second::open)
                    .isInstanceOf(IndexStoreException.class)
                    .hasMessageContaining("Another Tremplin process uses the index directory");
        }
    }

    @Test
    void pointerIsReplacedAtomically() throws Exception {
        try (GenerationStore store = new GenerationStore(root, 16)) {
            store.open();
            try (Generation a = store.createNext(); Generation b = store.createNext()) {
                a.commit(IndexPosition.at(1, List.of()));
                b.commit(IndexPosition.at(2, List.of()));
                store.makeCurrent(a);
                store.makeCurrent(b);
                assertThat(Files.readString(root.resolve(GenerationStore.POINTER)).strip()).isEqualTo(b.name());
                assertThat(root.resolve(GenerationStore.POINTER + ".tmp")).doesNotExist();
            }
        }
    }
}
