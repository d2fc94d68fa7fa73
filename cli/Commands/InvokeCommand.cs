using System.CommandLine;
using Lab.Functions.Hosting;

namespace Lab.Cli.Commands;

/// <summary>`lab invoke`: runs one Lambda handler in this process with an event JSON file; prints its log lines and response.</summary>
public static class InvokeCommand
{
    public static Command Create()
    {
        var function = new Argument<string>("function")
        {
            Description = $"Function name as in LABS.md: {string.Join(", ", FunctionCatalog.Names)}.",
        };
        var eventFile = new Option<FileInfo>("--event") { Description = "Lambda event JSON file to invoke the handler with.", Required = true };
        var endpoint = new Option<string?>("--endpoint") { Description = "Point the handler's AWS clients at this URL (local engines), as AWS_ENDPOINT_URL." };
        var outputs = new Option<FileInfo?>("--outputs") { Description = "`pulumi stack output --json` file: table and stream names are read from it." };
        var environment = new Option<string[]>("--env")
        {
            Description = "Extra environment variable for the handler, NAME=VALUE (repeatable), e.g. --env STAGE=start.",
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Seconds the handler may run (default and maximum: the function's own timeout, as Lambda enforces it).",
        };
        var command = new Command("invoke", "Run one handler in process with a Lambda event JSON file; print its log lines and its response (exit 1 if the handler fails or times out).")
        {
            function, eventFile, endpoint, outputs, environment, timeout,
        };
        command.SetAction(async parse =>
        {
            var name = parse.GetValue(function)!;
            if (FunctionCatalog.Find(name) is null)
            {
                throw new UsageException($"unknown function '{name}'. Valid names: {string.Join(", ", FunctionCatalog.Names)}.");
            }
            var declared = FunctionCatalog.Find(name)!.Timeout;
            var limit = parse.GetValue(timeout) is { } seconds
                ? seconds > 0 && seconds <= declared.TotalSeconds
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new UsageException($"--timeout {seconds}: expected more than 0 and at most {declared.TotalSeconds:0} seconds ({name}'s timeout).")
                : declared;
            var eventPath = parse.GetValue(eventFile)!;
            if (!eventPath.Exists)
            {
                throw new UsageException($"event file {eventPath.FullName} (--event) does not exist.");
            }
            var values = new Dictionary<string, string>();
            if (parse.GetValue(outputs) is { } outputsFile)
            {
                if (!outputsFile.Exists)
                {
                    throw new UsageException($"outputs file {outputsFile.FullName} (--outputs) does not exist.");
                }
                try
                {
                    foreach (var (key, value) in StackOutputBindings.Resolve(name, await File.ReadAllTextAsync(outputsFile.FullName), outputsFile.FullName))
                    {
                        values[key] = value;
                    }
                }
                catch (FormatException error)
                {
                    throw new UsageException(error.Message);
                }
            }
            if (parse.GetValue(endpoint) is { } url)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    throw new UsageException($"--endpoint '{url}' is not an absolute URL such as http://localhost:8000.");
                }
                values["AWS_ENDPOINT_URL"] = url;
            }
            foreach (var pair in parse.GetValue(environment) ?? Array.Empty<string>())
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0)
                {
                    throw new UsageException($"--env '{pair}' is not NAME=VALUE.");
                }
                values[pair[..equals]] = pair[(equals + 1)..];
            }

            var result = await LambdaInvoker.InvokeAsync(name, values, await File.ReadAllTextAsync(eventPath.FullName), timeout: limit);
            foreach (var line in result.LogLines)
            {
                Console.Error.WriteLine(line);
            }
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"lab invoke: {name} failed after {result.Duration.TotalMilliseconds:F0} ms: {result.Error}");
                return 1;
            }
            Console.WriteLine(result.ResponseJson);
            Console.Error.WriteLine($"lab invoke: {name} succeeded in {result.Duration.TotalMilliseconds:F0} ms.");
            return 0;
        });
        return command;
    }
}
