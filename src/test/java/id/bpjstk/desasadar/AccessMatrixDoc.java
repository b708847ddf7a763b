package id.bpjstk.desasadar;

import id.bpjstk.desasadar.AccessMatrixTest.Who;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the access matrix as the build found it, for readers of the repository ({@code docs/access-matrix.md}). */
final class AccessMatrixDoc {

    private AccessMatrixDoc() {
    }

    static void write(Path file, Map<String, Map<Who, String>> actual, Map<String, Map<Who, String>> expected) {
        var md = new StringBuilder("""
                # Access matrix

                Written by `AccessMatrixTest` on every test run (issue 13, item 1); do not edit by hand. Each row is an
                entry point: every route of the app's route registry, every download and export, the map's data for a
                viewport, the imports. Each cell is what that kind of user gets for a record **A** inside Surabaya
                (35.78, funded by the Surabaya municipality's MoU) and a record **B** in Banyuasin (16.07, self-paid or
                funded by the test company), as `A / B`.

                - **shown**: the page or file with the record; **not found**: a page identical to that of an unknown id;
                - **refused**: the route's access check or the service refuses; **sign-in**: the sign-in page;
                - **rows** / **empty**: an export or map data with or without the record's rows;
                - **accepted** / **row refused**: an import row taken or rejected (an import that is refused as a whole
                  is *refused*); **→ /path**: forwarded to another page.

                A cell marked ✗ differs from what the test expects, and the test fails.

                """);
        md.append("| entry point | ").append(Arrays.stream(Who.values()).map(w -> w.name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(" | "))).append(" |\n");
        md.append("|---|").append("---|".repeat(Who.values().length)).append('\n');
        actual.forEach((row, cells) -> {
            md.append("| `").append(row).append("` |");
            for (Who who : Who.values()) {
                String got = cells.get(who);
                String want = expected.getOrDefault(row, Map.of()).get(who);
                md.append(' ').append(want == null || want.equals(got) ? got : "✗ " + got + " (expected " + want + ")").append(" |");
            }
            md.append('\n');
        });
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
