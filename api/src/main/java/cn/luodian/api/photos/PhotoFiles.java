package cn.luodian.api.photos;

import cn.luodian.api.system.LuodianProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Photo files outside the database, named by the SHA-256 of their content (so a photo uploaded
 * twice is stored once, and no client-given name ever reaches the file system):
 * {@code <dir>/ab/abcdef….jpg}. Written to a temporary file and moved into place.
 */
@Component
public class PhotoFiles {
    private final Path dir;

    public PhotoFiles(PhotoSettings settings, LuodianProperties properties) {
        this.dir = settings.dir() != null ? settings.dir() : properties.dataDir().resolve("photos");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Stores the content if it is not there yet; returns its hash. */
    public String store(byte[] content, ImageType type) {
        String hash = sha256(content);
        Path target = path(hash, type);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store photo " + hash, e);
        }
        return hash;
    }

    public byte[] read(String hash, ImageType type) {
        try {
            return Files.readAllBytes(path(hash, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + hash, e);
        }
    }

    private Path path(String hash, ImageType type) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("不是 SHA-256 摘要：" + hash);
        }
        return dir.resolve(hash.substring(0, 2)).resolve(hash + "." + type.extension());
    }
}
