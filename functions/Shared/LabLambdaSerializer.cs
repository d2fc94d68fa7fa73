using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Lambda.Core;
using Lab.Functions.Shared;

[assembly: LambdaSerializer(typeof(LabLambdaSerializer))]

namespace Lab.Functions.Shared;

/// <summary>
/// The handlers' ILambdaSerializer: System.Text.Json with the source-generated <see cref="LabJsonContext"/>.
/// A type the context does not know is a programming error and says so, rather than falling back to reflection.
/// </summary>
public sealed class LabLambdaSerializer : ILambdaSerializer
{
    public T Deserialize<T>(Stream requestStream)
    {
        try
        {
            return JsonSerializer.Deserialize(requestStream, TypeInfo<T>())
                ?? throw new JsonException($"The event is JSON null; expected a {typeof(T).Name}.");
        }
        catch (JsonException error)
        {
            throw new JsonException($"The event is not a valid {typeof(T).Name}: {error.Message}", error);
        }
    }

    public void Serialize<T>(T response, Stream responseStream) => JsonSerializer.Serialize(responseStream, response, TypeInfo<T>());

    public T DeserializeText<T>(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Deserialize<T>(stream);
    }

    public string SerializeText<T>(T response)
    {
        using var stream = new MemoryStream();
        Serialize(response, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        LabJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).FullName} is not registered in {nameof(LabJsonContext)}; add a [JsonSerializable] for it.");
}
