package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An imported file that can be read more than once (an import checks every line, then reads the file again to write
 * it): the bytes of a request body, or a file on disk (command line, the web page's kept upload), streamed.
 */
public interface FileSource {
    InputStream open() throws IOException;

    /** The file on disk, when there is one (an .xlsx is then read by random access rather than in memory). */
    @Nullable
    default Path path() {
        return null;
    }

    static FileSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static FileSource of(Path file) {
        return new FileSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Path path() {
                return file;
            }
        };
    }

    /** Whether the file is an .xlsx workbook (a zip archive: « PK\3\4 »). */
    default boolean isWorkbook() throws IOException {
        try (InputStream in = open()) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
