package org.waymark.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with nothing but the JDK's
 * WebSocket client: start it, open pages, run script, type and click as a person would (real input
 * events, not DOM assignments), take screenshots.
 * <p>
 * The browser runs with a fresh profile in a temporary folder, no network services of its own and
 * no sandbox (the tests run as root in CI containers). {@link #close()} ends the process and removes
 * the profile.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(60);

    /** The commands that may name the browser, in the order they are tried. */
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "chrome");

    private final Process process;
    private final Path profile;
    private final Connection browser;

    private Chromium(Process process, Path profile, Connection browser) {
        this.process = process;
        this.profile = profile;
        this.browser = browser;
    }

    /**
     * Finds the browser: the {@code WAYMARK_CHROMIUM} environment variable, else the first of
     * {@code chromium}, {@code chromium-browser}, {@code google-chrome}, {@code chrome} on the PATH.
     *
     * @return the executable, or empty when there is none
     */
    static Optional<Path> find() {
        String given = System.getenv("WAYMARK_CHROMIUM");
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts a headless browser and connects to it.
     *
     * @param executable the browser
     * @param log        where the browser's own output goes
     * @return the running browser
     * @throws IOException if it cannot be started or does not answer within a minute
     */
    static Chromium start(Path executable, Path log) throws IOException {
        Path profile = Files.createTempDirectory("waymark-chromium");
        List<String> command = List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-quic",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--allow-file-access-from-files", "--hide-scrollbars", "--mute-audio",
                "--lang=en-GB", "--force-device-scale-factor=1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + START.toNanos();
            List<String> lines = List.of();
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (Files.exists(portFile)) {
                    lines = Files.readAllLines(portFile);
                    if (lines.size() >= 2) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            if (lines.size() < 2) {
                throw new IOException("the browser did not open its DevTools port within " + START.toSeconds()
                        + " s (alive: " + p.isAlive() + "); its output is in " + log);
            }
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
            return new Chromium(p, profile, Connection.open(uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy(p, profile);
            throw new IOException("interrupted while starting the browser", e);
        } catch (IOException | RuntimeException e) {
            destroy(p, profile);
            throw e;
        }
    }

    /**
     * Opens a new page (a tab) of the given size.
     *
     * @param width  CSS pixels
     * @param height CSS pixels
     * @return the page
     * @throws IOException if the browser does not answer
     */
    Page open(int width, int height) throws IOException {
        String id = browser.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        URI uri = browser.uri.resolve("/devtools/page/" + id);
        Page page = new Page(Connection.open(uri));
        page.connection.call("Runtime.enable", Map.of());
        page.connection.call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return page;
    }

    @Override
    public void close() {
        browser.close();
        destroy(process, profile);
    }

    private static void destroy(Process p, Path profile) {
        // Chromium's helper processes (renderer, GPU, zygote) are listed before the parent goes, while they
        // are still its descendants, and are stopped with it.
        java.util.List<ProcessHandle> helpers = p.descendants().toList();
        helpers.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (var walk = Files.walk(profile)) {
            walk.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A profile left in the temporary folder is harmless. Chromium's helper processes can still be
            // removing their own files while the folder is walked, which the walk reports as an
            // UncheckedIOException (NoSuchFileException); that must not fail the test that used the browser.
        }
    }

    /** One page of the browser. */
    static final class Page implements AutoCloseable {

        private final Connection connection;

        private Page(Connection connection) {
            this.connection = connection;
        }

        /** Loads a URL and waits for the load event's script to run. */
        void navigate(String url) throws IOException {
            JsonNode r = connection.call("Page.navigate", Map.of("url", url));
            if (r.has("errorText")) {
                throw new IOException("cannot load " + url + ": " + r.get("errorText").asText());
            }
        }

        /**
         * Evaluates an expression; a promise is awaited.
         *
         * @return the value, as JSON (null for undefined)
         * @throws IOException if the script throws
         */
        JsonNode eval(String expression) throws IOException {
            JsonNode r = connection.call("Runtime.evaluate", Map.of("expression", expression,
                    "awaitPromise", true, "returnByValue", true));
            if (r.has("exceptionDetails")) {
                JsonNode d = r.get("exceptionDetails");
                String text = d.path("exception").path("description").asText(d.path("text").asText());
                throw new IOException("script failed: " + text);
            }
            return r.path("result").path("value");
        }

        /** Types text into the focused element, as a keyboard's input method would. */
        void type(String text) throws IOException {
            connection.call("Input.insertText", Map.of("text", text));
        }

        /** Presses and releases one key ({@code Tab}, {@code Enter}, {@code ArrowDown}, {@code Escape}). */
        void press(String key) throws IOException {
            int code = switch (key) {
                case "Tab" -> 9;
                case "Enter" -> 13;
                case "Escape" -> 27;
                case "ArrowDown" -> 40;
                default -> throw new IllegalArgumentException(key);
            };
            for (String type : List.of("rawKeyDown", "keyUp")) {
                ObjectNode p = JSON.createObjectNode().put("type", type).put("key", key).put("code", key)
                        .put("windowsVirtualKeyCode", code).put("nativeVirtualKeyCode", code);
                connection.call("Input.dispatchKeyEvent", p);
            }
            if (key.equals("Enter")) {
                ObjectNode p = JSON.createObjectNode().put("type", "char").put("text", "\r").put("key", "Enter");
                connection.call("Input.dispatchKeyEvent", p);
            }
        }

        /** Clicks with the mouse at a point of the viewport. */
        void click(double x, double y) throws IOException {
            for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
                ObjectNode p = JSON.createObjectNode().put("type", type).put("x", x).put("y", y)
                        .put("button", type.equals("mouseMoved") ? "none" : "left").put("clickCount", 1);
                connection.call("Input.dispatchMouseEvent", p);
            }
        }

        /**
         * Takes a screenshot of the whole page (beyond the viewport), at most {@code maxHeight} tall.
         *
         * @return the PNG bytes
         */
        byte[] screenshot(int maxHeight) throws IOException {
            JsonNode m = connection.call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
            double width = m.path("width").asDouble();
            double height = Math.min(maxHeight, m.path("height").asDouble());
            ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
            p.putObject("clip").put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
            return Base64.getDecoder().decode(connection.call("Page.captureScreenshot", p).get("data").asText());
        }

        /** Script errors and console errors the page reported so far. */
        List<String> errors() {
            return List.copyOf(connection.errors);
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /** One DevTools WebSocket: numbered calls, each awaited, events kept only for errors. */
    private static final class Connection implements WebSocket.Listener {

        private static final Duration CALL = Duration.ofSeconds(60);

        private final URI uri;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        private Connection(URI uri) {
            this.uri = uri;
        }

        static Connection open(URI uri) throws IOException {
            Connection c = new Connection(uri);
            try {
                c.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(CALL)
                        .buildAsync(uri, c).get(CALL.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("cannot connect to " + uri + ": " + e, e);
            }
            return c;
        }

        JsonNode call(String method, Object params) throws IOException {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", JSON.valueToTree(params));
            try {
                socket.sendText(JSON.writeValueAsString(message), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
                JsonNode r = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
                if (r.has("error")) {
                    throw new IOException(method + ": " + r.get("error"));
                }
                return r.path("result");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException(method + " did not answer: " + e, e);
            } finally {
                pending.remove(id);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode m = JSON.readTree(text);
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = pending.get(m.get("id").asInt());
                        if (f != null) {
                            f.complete(m);
                        }
                    } else if ("Runtime.exceptionThrown".equals(m.path("method").asText())) {
                        JsonNode d = m.path("params").path("exceptionDetails");
                        errors.add(d.path("exception").path("description").asText(d.path("text").asText()));
                    } else if ("Runtime.consoleAPICalled".equals(m.path("method").asText())
                            && "error".equals(m.path("params").path("type").asText())) {
                        errors.add("console: " + m.path("params").path("args").toString());
                    }
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(f -> f.completeExceptionally(new IOException("closed: " + reason)));
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
        }
    }
}
