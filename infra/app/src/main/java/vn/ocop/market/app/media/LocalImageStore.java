package vn.ocop.market.app.media;

import vn.ocop.market.media.ImageKeys;
import vn.ocop.market.media.ImageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Photos in a folder on this machine (by default {@code <data dir>/media}), spread over
 * sub-folders by the key's first two characters. A file is written beside its place and moved in,
 * so a reader never sees half of it.
 */
public final class LocalImageStore implements ImageStore {

    private final Path root;

    public LocalImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the photo folder " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), key, ".part");
            try {
                Files.write(part, bytes);
                try {
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<StoredImage> open(String key) {
        if (!ImageKeys.isValid(key)) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            long length = Files.size(file);
            return Optional.of(new StoredImage(Files.newInputStream(file), length, ImageKeys.contentType(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + key, e);
        }
    }

    /** The key's file; only valid keys have one, and it is always inside the root. */
    private Path file(String key) {
        if (!ImageKeys.isValid(key)) {
            throw new IllegalArgumentException("Not an image key: " + key);
        }
        Path file = root.resolve(key.substring(0, 2)).resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not an image key: " + key);
        }
        return file;
    }
}
