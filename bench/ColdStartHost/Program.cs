using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Amazon.Lambda.Core;
using Lab.Bench.ColdStartHost;

// usage: <publish dir> <Assembly::Type::Method> <event file>
// Does what the Lambda .NET runtime does on a cold start: load the handler's assembly from the package, construct the
// handler with its parameterless constructor, deserialize the event with the registered ILambdaSerializer, invoke,
// serialize the response. Prints one JSON line of phase times (ms), and the time since the process started.
var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
var (publishDir, handler, eventFile) = (Path.GetFullPath(args[0]), args[1].Split("::"), args[2]);
var phases = new Dictionary<string, double>();
var watch = Stopwatch.StartNew();
double Lap() { var ms = watch.Elapsed.TotalMilliseconds; watch.Restart(); return ms; }

AssemblyLoadContext.Default.Resolving += (context, name) =>
{
    var candidate = Path.Combine(publishDir, name.Name + ".dll");
    return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
};
var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(publishDir, handler[0] + ".dll"));
var type = assembly.GetType(handler[1], throwOnError: true)!;
var method = type.GetMethod(handler[2])!;
var serializerType = (method.GetCustomAttribute<LambdaSerializerAttribute>() ?? assembly.GetCustomAttribute<LambdaSerializerAttribute>())!.SerializerType;
var serializer = (ILambdaSerializer)Activator.CreateInstance(serializerType)!;
phases["load"] = Lap();

var instance = Activator.CreateInstance(type)!;
phases["construct"] = Lap();

object input;
using (var stream = File.OpenRead(eventFile))
    input = typeof(ILambdaSerializer).GetMethod(nameof(ILambdaSerializer.Deserialize))!.MakeGenericMethod(method.GetParameters()[0].ParameterType)
        .Invoke(serializer, [stream])!;
phases["deserialize"] = Lap();

var task = (Task)method.Invoke(instance, [input, new BenchContext(type.Name)])!;
await task;
var result = task.GetType().GetProperty("Result")!.GetValue(task);
phases["invoke"] = Lap();

var output = new MemoryStream();
typeof(ILambdaSerializer).GetMethod(nameof(ILambdaSerializer.Serialize))!.MakeGenericMethod(method.ReturnType.GetGenericArguments()[0])
    .Invoke(serializer, [result, output]);
phases["serialize"] = Lap();
phases["sinceProcessStart"] = (DateTime.UtcNow - processStart).TotalMilliseconds;
Console.WriteLine(JsonSerializer.Serialize(phases));
