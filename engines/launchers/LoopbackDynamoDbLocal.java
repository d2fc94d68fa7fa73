// Starts Amazon DynamoDB Local (DynamoDBLocal.jar on the classpath) listening on 127.0.0.1 only.
// DynamoDB Local's command line has no host option and its DynamoDBProxyServer binds Jetty to every
// interface; its Jetty server is reachable through one private field, whose connectors take a host
// before the server starts. Arguments are DynamoDB Local's own (-inMemory, -port N, ...).
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public final class LoopbackDynamoDbLocal {
    public static void main(String[] args) throws Exception {
        DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server jetty = (Server) field.get(proxy);
        for (Connector connector : jetty.getConnectors()) {
            ((ServerConnector) connector).setHost("127.0.0.1");
        }
        proxy.start();
        proxy.join();
    }
}
