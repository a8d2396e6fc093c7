package org.diarist.models.catalog;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 serving byte arrays by path, honouring {@code Range: bytes=N-} with 206 and
 * 416 like a static file server does; unknown paths are 404. Records the Range headers it was sent.
 */
public final class RangeFileServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> rangesRequested = new CopyOnWriteArrayList<>();

    public RangeFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code content} at {@code path} (starting with '/'); returns its URL. */
    public URI serve(String path, byte[] content) {
        files.put(path, content.clone());
        return url(path);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The Range headers of the requests so far ("" for a request without one). */
    public List<String> rangesRequested() {
        return List.copyOf(rangesRequested);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] content = files.get(exchange.getRequestURI().getPath());
            String range = exchange.getRequestHeaders().getFirst("Range");
            rangesRequested.add(range == null ? "" : range);
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int start = 0;
            int status = 200;
            if (range != null) {
                Matcher m = RANGE.matcher(range);
                if (!m.matches()) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                start = (int) Math.min(Long.parseLong(m.group(1)), Integer.MAX_VALUE);
                if (start >= content.length) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range",
                    "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
            }
            exchange.sendResponseHeaders(status, content.length - start);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content, start, content.length - start);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
