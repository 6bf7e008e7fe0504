package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example program, compiled as printed and run against the server. */
class ClientReadmeTest {
  @Test
  void theReadmeExampleRuns(@TempDir Path dir) throws Exception {
    Live.client().close(); // skipped without a server
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("```java\n(import .*?public class Quickstart .*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has no ```java block of the Quickstart program");
    Path source = Files.writeString(dir.resolve("Quickstart.java"), block.group(1));

    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, errors,
        "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
    assertTrue(compiled == 0, errors.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("Quickstart").getMethod("main", String[].class).invoke(null, (Object) new String[] {Live.newId()});
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    System.out.print(output);
    for (String expected : List.of("SUCCESSFULLY_COMPLETED", "latest: ", "ERROR_REASON_INVALID_NAME", "gallery.location: ")) {
      assertTrue(output.contains(expected), "the example printed no " + expected + ":\n" + output);
    }
  }
}
