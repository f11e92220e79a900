package cn.luodian.api.hotline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file that can be read more than once: once to find its encoding and check its structure,
 * once to import it. {@code name} is how reports and messages call it.
 */
public interface CsvInput {

    String name();

    InputStream open() throws IOException;

    static CsvInput of(Path file) {
        return new CsvInput() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    static CsvInput of(String name, byte[] bytes) {
        return new CsvInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(bytes);
            }
        };
    }
}
