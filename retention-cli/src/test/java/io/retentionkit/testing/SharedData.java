package io.retentionkit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference datasets in the project's sibling folder {@code shared/data} (CDNOW,
 * donations, survival tables; see its README). The folder is found by walking up from the working
 * directory, so tests run the same from a clone, a worktree or a module directory. The same as
 * retention-core's test helper of this name (test classes are not shared between modules).
 */
public final class SharedData {
  private SharedData() {}

  /**
   * Returns the path of a file in {@code shared/data}.
   *
   * @param fileName e.g. {@code "CDNOW_sample.txt"}
   * @return the existing file's path
   * @throws IllegalStateException if no {@code shared/data} folder holding the file is found above the
   *     working directory
   */
  public static Path file(String fileName) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(fileName);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/data/" + fileName + " must exist in a folder above " + start);
  }
}
