package vn.ocop.market.app.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Honours X-Forwarded-For/Proto and Forwarded only when the connection comes from a configured
 * proxy ({@code ocop.http.trusted-proxies}); from anyone else they are ignored, since a client can
 * write any header. The client is the right-most forwarded address that is not itself a trusted
 * proxy: entries to its left were written by the client and prove nothing.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

    private final List<Cidr> proxies;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    public TrustedProxies(String configured) {
        List<Cidr> parsed = new ArrayList<>();
        if (configured != null) {
            for (String item : configured.split("[,\\s]+")) {
                if (!item.isBlank()) {
                    parsed.add(Cidr.parse(item.trim()));
                }
            }
        }
        this.proxies = List.copyOf(parsed);
    }

    public boolean isEmpty() {
        return proxies.isEmpty();
    }

    /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        InetAddress ip = literal(address);
        return ip != null && proxies.stream().anyMatch(c -> c.contains(ip));
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (proxies.isEmpty() || !trusts(Request.getRemoteAddr(request))) {
            return request;
        }
        List<String> chain = new ArrayList<>();
        String proto = null;
        for (String value : request.getHeaders().getValuesList(HttpHeader.FORWARDED)) {
            for (String element : value.split(",")) {
                for (String pair : element.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        continue;
                    }
                    String key = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    String v = unquote(pair.substring(eq + 1).trim());
                    if (key.equals("for")) {
                        chain.add(v);
                    } else if (key.equals("proto")) {
                        proto = v;
                    }
                }
            }
        }
        if (chain.isEmpty()) {
            for (String value : request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR)) {
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        chain.add(item.trim());
                    }
                }
            }
        }
        if (proto == null) {
            String xfp = request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO);
            proto = xfp == null ? null : xfp.split(",")[0].trim();
        }
        String client = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String candidate = stripPort(chain.get(i));
            if (literal(candidate) == null) {
                break;
            }
            client = candidate;
            if (!trusts(candidate)) {
                break;
            }
        }
        HttpFields.Mutable headers = HttpFields.build(request.getHeaders());
        headers.remove(HttpHeader.FORWARDED);
        headers.remove(HttpHeader.X_FORWARDED_FOR);
        headers.remove(HttpHeader.X_FORWARDED_PROTO);
        headers.remove(HttpHeader.X_FORWARDED_HOST);
        headers.remove(HttpHeader.X_FORWARDED_PORT);
        headers.remove(HttpHeader.X_FORWARDED_SERVER);
        if (client != null) {
            headers.put(HttpHeader.X_FORWARDED_FOR, client);
        }
        if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) {
            headers.put(HttpHeader.X_FORWARDED_PROTO, proto.toLowerCase(Locale.ROOT));
        }
        HttpFields rewritten = headers.asImmutable();
        return forwarded.customize(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return rewritten;
            }
        }, responseHeaders);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String stripPort(String address) {
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            return end > 0 ? address.substring(1, end) : address;
        }
        int colon = address.indexOf(':');
        return colon > 0 && address.indexOf(':', colon + 1) < 0 ? address.substring(0, colon) : address;
    }

    /** The address an IP literal names, or null for anything else (never a DNS lookup). */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress ip = literal(slash < 0 ? text : text.substring(0, slash));
            if (ip == null) {
                throw new IllegalArgumentException("ocop.http.trusted-proxies: not an IP address or CIDR range: " + text);
            }
            int max = ip.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("ocop.http.trusted-proxies: bad prefix length in " + text);
            }
            return new Cidr(ip.getAddress(), bits);
        }

        boolean contains(InetAddress ip) {
            byte[] address = ip.getAddress();
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
