package vn.ocop.market.bench.clusterload;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** HAProxy's runtime API (its admin socket): takes an instance out of the backend and puts it back. */
final class Balancer {

    private final Path socket;

    Balancer(Path socket) {
        this.socket = socket;
    }

    void maintenance(String server) throws IOException {
        command("set server ocop/" + server + " state maint");
    }

    void ready(String server) throws IOException {
        command("set server ocop/" + server + " state ready");
    }

    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }
}
