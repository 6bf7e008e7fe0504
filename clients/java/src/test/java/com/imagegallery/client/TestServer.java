package com.imagegallery.client;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server of a test's own that it kills and restarts: the command in
 * IMAGEGALLERY_TEST_SERVER (python -m imagegallery_server.testing restartable), driven by a
 * line a command on its stdin and answering a JSON line each.
 */
final class TestServer implements AutoCloseable {
  private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\": \"([^\"]*)\"");

  final String address;
  final String token;
  private final Process process;
  private final Writer commands;
  private final BufferedReader answers;

  /** Starts it with {@code env} added to this process's environment. */
  TestServer(Map<String, String> env) throws IOException {
    String command = System.getenv("IMAGEGALLERY_TEST_SERVER");
    assumeTrue(command != null && !command.isEmpty(), "IMAGEGALLERY_TEST_SERVER names no command");
    ProcessBuilder builder = new ProcessBuilder(jsonStrings(command)).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    process = builder.start();
    commands = process.outputWriter(StandardCharsets.UTF_8);
    answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Map<String, String> started = answer();
    address = started.get("address");
    token = started.get("token");
  }

  /** One whose link to westus carries 1 MiB/s: a version of a few MiB replicates for seconds. */
  static TestServer withSlowWestus() throws IOException {
    return new TestServer(Map.of("IMAGEGALLERY_REGION_THROTTLES", "westus=1048576"));
  }

  /**
   * Begins version 1.0.0 of a 4 MiB disk in eastus and westus (4 s to westus), in a new
   * subscription; its resource ID is {@code ResourceIds.imageVersion(subscription, "rg",
   * "g", "d", "1.0.0")}.
   */
  static OperationPoller<com.imagegallery.v1.ImageVersion> beginSlowVersion(
      ImageGalleryClient client, java.nio.file.Path dir, String subscription) throws IOException {
    return Live.beginVersion(client, dir, subscription, "rg", 4 << 20, "eastus", "westus");
  }

  ImageGalleryClient client() {
    return ImageGalleryClient.builder(address).token(token).build();
  }

  /** SIGKILLs the server, as a crash; returns once it is gone. */
  void kill() throws IOException {
    send("kill");
  }

  /** Starts it again on the same data dir and address; returns once it serves. */
  void restart() throws IOException {
    send("restart");
  }

  private void send(String command) throws IOException {
    commands.write(command + "\n");
    commands.flush();
    Map<String, String> answer = answer();
    assertTrue(!answer.containsKey("error"), command + ": " + answer);
  }

  private Map<String, String> answer() throws IOException {
    String line = answers.readLine();
    if (line == null) {
      throw new IOException("the test server ended");
    }
    Map<String, String> fields = new java.util.HashMap<>();
    Matcher m = STRING_FIELD.matcher(line);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }

  /** The strings of a JSON list of strings without escapes (a command line). */
  private static List<String> jsonStrings(String json) {
    List<String> strings = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(json);
    while (m.find()) {
      strings.add(m.group(1));
    }
    return strings;
  }

  /** Ends the commands, so that the server stops. */
  @Override
  public void close() throws IOException, InterruptedException {
    commands.close();
    process.waitFor(60, TimeUnit.SECONDS);
  }
}
